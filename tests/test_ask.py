"""``drafter ask`` as a clerk meets it, driven in-process through prompt_toolkit pipe input.

Every run types all its keys up front; the pipe is then closed, so a run that asks more than the
test typed ends as if the clerk pressed Ctrl-D (progress saved) instead of hanging.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Iterable

import docx
import pytest
from pydantic import ConfigDict, Field
from prompt_toolkit.application import create_app_session
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output.vt100 import Vt100_Output

from drafter.cli import main
from drafter.model import KINDS, Count, Fig, Report, kind_info
from drafter.model.figure import HasFigures
from drafter.model.items import Honour, Project
from drafter.model.paths import field_title
from drafter.model.support import Construction, Support
from drafter.model.text import Sentences
from drafter.model.education import Education, Preschool
from drafter.model.overview import Overview
from drafter.model.section import part, section
from drafter.questionnaire import command, questions
from drafter.questionnaire.answers import Invalid, item_summary, value_for
from drafter.questionnaire.questions import FieldQuestion, ItemQuestion, SentencesQuestion, meta_questions, plan
from tests.conftest import document_text

ENTER = "\r"
DOWN = "\x1b[B"
SPACE = " "
CLEAR = "\x15"  # Ctrl-U: clear the pre-filled text
CTRL_C = "\x03"
BACK = "<" + ENTER

META = ["天津市", "东丽区", "天津市东丽区教育局", "2025", "", "2025年12月31日", "", ""]


def typed(*answers: str) -> str:
    """Each answer followed by Enter; ``""`` is a bare Enter."""
    return "".join(answer + ENTER for answer in answers)


def meta(*answers: str, kind: str = "summary") -> str:
    """The report information, in the order the model declares it (the kind is picked from a list)."""
    keys = ""
    for question, answer in zip(meta_questions(), answers or META):
        if isinstance(question, questions.KindQuestion):
            keys += DOWN * list(KINDS).index(kind) + ENTER
        else:
            keys += typed(answer)
    return keys


def parts(sections: Iterable[str], answers: dict[str, Any] | None = None, kind: str = "summary") -> str:
    """Keys answering every question of ``sections`` in model order: ``answers`` by question key
    (a list for sentences), everything else skipped."""
    answers = answers or {}
    keys = ""
    for question in plan(kind, list(sections))[len(meta_questions()) + 1 :]:
        given = answers.get(question.key, [] if isinstance(question, SentencesQuestion) else "")
        keys += typed(*given, "") if isinstance(question, SentencesQuestion) else typed(given)
    return keys


#: Where 基本情况 is in a summary's list of parts (开篇补充 first), and the keys that tick it alone.
OVERVIEW_ROW = list(questions.section_choices("summary")).index("overview")
TICK_OVERVIEW = DOWN * OVERVIEW_ROW + SPACE + ENTER

SAVE = ENTER  # the review screen opens on “保存”
BUILD = ENTER  # “生成 Word 文档” is the first answer
NO_BUILD = DOWN + ENTER


@dataclass
class Run:
    code: int
    screen: str
    err: str


@pytest.fixture
def ask(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """Run ``drafter ask ARGS`` in ``tmp_path`` typing ``keys``; return its exit code and screen."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(command, "interactive", lambda: True)

    def run(keys: str, *args: str, rows: int = 60) -> Run:
        screen = io.StringIO()
        output = Vt100_Output(screen, lambda: Size(rows=rows, columns=400), term="xterm")
        with create_pipe_input() as pipe, create_app_session(input=pipe, output=output):
            pipe.send_text(keys)
            pipe.close()
            code = main(["ask", *args])
        _, err = capsys.readouterr()
        return Run(code, re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen.getvalue()), err)

    return run


def saved(tmp_path: Path, name: str = "mine.json") -> dict[str, Any]:
    return json.loads((tmp_path / name).read_text(encoding="utf-8"))


def files(tmp_path: Path) -> set[str]:
    return {p.name for p in tmp_path.iterdir()}


# -- a whole run -------------------------------------------------------------------------------
def test_full_run_saves_the_data_file_and_builds_the_document(ask, tmp_path: Path) -> None:
    keys = (
        meta()
        + TICK_OVERVIEW
        + parts(["overview"], {"overview.schools": "122", "overview.kindergartens": "60",
                               "overview.highlights": ["全区学校布局持续优化"]})
        + SAVE
        + BUILD
    )
    run = ask(keys, "-o", "mine.json")
    assert run.code == 0, run.err
    assert saved(tmp_path) == {
        "meta": {"region": "天津市", "district": "东丽区", "organ": "天津市东丽区教育局",
                 "year": 2025, "kind": "summary", "date": "2025-12-31"},
        "overview": {"highlights": ["全区学校布局持续优化"], "schools": "122", "kindergartens": "60"},
    }
    assert files(tmp_path) == {"mine.json", "mine.docx"}  # the progress file is gone
    text = document_text(docx.Document(str(tmp_path / "mine.docx")))
    assert "天津市东丽区2025年教育工作总结" in text
    assert "全区共有各级各类学校122所，其中幼儿园60所。全区学校布局持续优化。" in text
    assert "已保存数据文件：mine.json" in run.screen
    assert "已生成：mine.docx" in run.screen


def test_blank_answers_skip_questions(ask, tmp_path: Path) -> None:
    run = ask(meta() + parts(["overview"], {"overview.staff": "2680"}) + SAVE + NO_BUILD,
              "-o", "mine.json", "--sections", "基本情况")
    assert run.code == 0, run.err
    data = saved(tmp_path)
    assert data["overview"] == {"staff": "2680"}
    assert "recipient" not in data["meta"] and "title" not in data["meta"]
    assert "以后可以运行：drafter build mine.json" in run.screen
    assert files(tmp_path) == {"mine.json"}


def test_a_figure_is_saved_as_the_clerk_typed_it(ask, tmp_path: Path) -> None:
    run = ask(meta() + parts(["overview"], {"overview.schools": "280余"}) + SAVE + NO_BUILD,
              "-o", "mine.json", "--sections", "overview")
    assert run.code == 0, run.err
    assert saved(tmp_path)["overview"] == {"schools": "280余"}


def question_for(key: str, kind: str = "summary") -> FieldQuestion:
    """The questionnaire's question for a field (``overview.schools``)."""
    (question,) = [q for q in plan(kind, [key.split(".")[0]]) if q.key == key]
    return question


@pytest.mark.parametrize(
    ("field", "typed_form"),
    [
        ("overview.schools", "280余"),
        ("overview.students", "近70"),
        ("overview.staff", "约3000"),
        ("support.funding.general_budget", "14.2亿元"),
        ("support.funding.budget_share", "98.6%"),
    ],
)
def test_figures_are_accepted_as_clerks_write_them(field: str, typed_form: str) -> None:
    """What an answer is checked and stored as; the keys that type it are tested above, once."""
    assert value_for(question_for(field), typed_form) == typed_form

def test_a_plan_asks_the_parts_a_plan_has_and_its_figures_become_targets(ask, tmp_path: Path) -> None:
    keys = (
        meta(kind="plan")
        + parts(["education"], {"education.preschool.new_places": "1350"}, kind="plan")
        + SAVE + BUILD
    )
    run = ask(keys, "-o", "plan.json", "--sections", "各类教育")
    assert run.code == 0, run.err
    data = saved(tmp_path, "plan.json")
    assert data["meta"]["kind"] == "plan"
    assert data["education"] == {"preschool": {"new_places": "1350"}}
    text = document_text(docx.Document(str(tmp_path / "plan.docx")))
    assert "天津市东丽区2025年教育工作要点" in text
    assert "1350个" in text


def test_a_self_evaluation_asks_its_basis_problems_and_measures(ask, tmp_path: Path) -> None:
    sections = ["basis", "problems", "measures"]
    answers = {
        "basis": "《关于开展2025年度履行教育职责评价工作的通知》",
        "problems": ["办学条件还需要进一步改善", "教师队伍结构性矛盾依然存在"],
        "measures": ["持续加大教育投入"],
    }
    keys = meta(kind="self_evaluation") + parts(sections, answers, kind="self_evaluation") + SAVE + BUILD
    run = ask(keys, "-o", "self.json", "--sections", *sections)
    assert run.code == 0, run.err
    data = saved(tmp_path, "self.json")
    assert {key: data[key] for key in sections} == answers
    text = document_text(docx.Document(str(tmp_path / "self.docx")))
    for words in ["履行教育职责情况自评报告", "办学条件还需要进一步改善", "持续加大教育投入"]:
        assert words in text


# -- bad answers ---------------------------------------------------------------------------------
def test_a_bad_figure_gets_its_message_on_the_screen_and_is_asked_again(ask, tmp_path: Path) -> None:
    keys = meta() + typed("abc", CLEAR + "120") + parts(["overview"])[len(ENTER):] + SAVE + NO_BUILD
    run = ask(keys, "-o", "mine.json", "--sections", "overview")
    assert run.code == 0, run.err
    assert "✗ “abc”不是可识别的数字" in run.screen
    assert run.screen.count("各级各类学校（所）：") >= 2  # asked again
    assert saved(tmp_path)["overview"] == {"schools": "120"}


@pytest.mark.parametrize(
    ("field", "bad", "message"),
    [
        ("overview.schools", "abc", "“abc”不是可识别的数字"),
        ("overview.schools", "12.5", "“12.5”应为整数"),
        ("overview.schools", "-3", "“-3”是负数"),
        ("overview.schools", "120个个", "“120个个”的单位不对"),
        ("overview.schools", "1r", "“1r”不是数字：多了“r”，请只填数字（单位是所）"),
        ("education.compulsory.primary_disparity", "0.3l", "“0.3l”不是数字：这一项没有单位，只填数字"),
    ],
)
def test_a_bad_figure_gets_the_message_json_input_gets(run_cli, tmp_path: Path, field: str, bad: str, message: str) -> None:
    """The answer's message (shown under the question, as the test above shows once) is the one
    a data file gets for the same text."""
    with pytest.raises(Invalid) as refused:
        value_for(question_for(field), bad)
    assert message in refused.value.message and "单位应为" not in refused.value.message
    section, *rest = field.split(".")
    data: dict[str, Any] = {"meta": {"region": "天津市", "district": "东丽区", "organ": "天津市东丽区教育局",
                                     "year": 2025, "date": "2025-12-31"}}
    node = data.setdefault(section, {})
    for step in rest[:-1]:
        node = node.setdefault(step, {})
    node[rest[-1]] = bad
    (tmp_path / "bad.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, _, err = run_cli("build", "bad.json")
    assert code == 1 and message in err


def test_report_information_is_checked_as_typed(ask, tmp_path: Path) -> None:
    keys = (
        typed("天津市", "东丽区", "天津市东丽区教育局", "明年", CLEAR + "2025") + ENTER
        + typed("", "2025年13月1日", CLEAR + "2015年12月31日", CLEAR + "2025年12月31日", "", "")
        + parts(["overview"]) + SAVE + NO_BUILD
    )
    run = ask(keys, "-o", "mine.json", "--sections", "overview")
    assert run.code == 0, run.err
    assert "✗ 这一项必须填写" in run.screen
    assert "✗ 应填写整数" in run.screen
    assert "✗ “2025年13月1日”不是有效的日期" in run.screen
    assert "✗ 2015年12月31日和年度2025年对不上" in run.screen  # checked against the 年度 answered
    assert saved(tmp_path)["meta"]["date"] == "2025-12-31"


# -- typing as people type ----------------------------------------------------------------------------
BACKSPACE = "\x7f"


def test_a_figure_without_a_unit_is_asked_without_empty_brackets(ask, tmp_path: Path) -> None:
    keys = meta() + parts(["education"], {"education.compulsory.primary_disparity": "0.35"}) + SAVE + NO_BUILD
    run = ask(keys, "-o", "mine.json", "--sections", "education")
    assert run.code == 0, run.err
    assert "? 小学资源配置校际差异系数：" in run.screen
    assert "（）" not in run.screen
    assert saved(tmp_path)["education"] == {"compulsory": {"primary_disparity": "0.35"}}


def test_no_hint_points_to_a_question_that_is_never_asked(ask, tmp_path: Path) -> None:
    run = ask(meta() + parts(["support"]) + SAVE + NO_BUILD, "-o", "mine.json", "--sections", "support")
    assert run.code == 0, run.err
    assert "一般公共预算教育经费占一般公共预算支出的比例（%）：" in run.screen
    assert "对比年份" not in run.screen


def test_a_year_may_be_written_with_nian(ask, tmp_path: Path) -> None:
    run = ask(meta("天津市", "东丽区", "天津市东丽区教育局", "2025年度", "", "2025年12月31日", "", "")
              + parts(["overview"]) + SAVE + NO_BUILD, "-o", "mine.json", "--sections", "overview")
    assert run.code == 0, run.err
    assert "✗" not in run.screen
    assert saved(tmp_path)["meta"]["year"] == 2025


@pytest.mark.parametrize("chosen", ["on the screen", "with --sections"])
def test_questions_are_numbered_without_gaps(ask, tmp_path: Path, chosen: str) -> None:
    if chosen == "on the screen":
        run = ask(meta() + TICK_OVERVIEW + parts(["overview"]) + SAVE + NO_BUILD, "-o", "mine.json")
    else:
        run = ask(meta() + parts(["overview"]) + SAVE + NO_BUILD, "-o", "mine.json", "--sections", "基本情况")
    assert run.code == 0, run.err
    numbers = [int(n) for n in re.findall(r"第(\d+)题/共\d+题", run.screen)]
    asked = len(plan("summary", ["overview"])) - 1  # the choice of parts is not a numbered question
    assert numbers == list(range(1, asked + 1))
    assert f"/共{asked}题" in run.screen


def test_a_rejected_answer_stays_in_the_box_to_be_corrected(ask, tmp_path: Path) -> None:
    keys = (
        typed("天津市", "东丽区", "天津市东丽区教育局", "20255", BACKSPACE)  # 年度 out of range → 2025
        + ENTER + typed("2025年12月32日", BACKSPACE * 2 + "1日", "", "")  # no 32nd → 31日
        + typed("1r", BACKSPACE)  # 各级各类学校 → 1
        + parts(["overview"])[len(ENTER):] + SAVE + NO_BUILD
    )
    run = ask(keys, "-o", "mine.json", "--sections", "overview")
    assert run.code == 0, run.err
    assert run.screen.count("✗") == 3
    data = saved(tmp_path)
    assert (data["meta"]["year"], data["meta"]["date"]) == (2025, "2025-12-31")
    assert data["overview"] == {"schools": "1"}


def test_the_rest_of_a_part_is_skipped_in_one_key(ask, tmp_path: Path) -> None:
    education_parts = len({q.group for q in plan("summary", ["education"])}) - 1
    keys = meta() + typed("122") + ">" + ">" * education_parts + SAVE + NO_BUILD
    run = ask(keys, "-o", "mine.json", "--sections", "overview", "education")
    assert run.code == 0, run.err
    overview = sum(q.group == "基本情况" for q in plan("summary", ["overview"]))
    assert f"（本部分还剩{overview}题，按 > 键跳过本部分）" in run.screen
    assert f"（本部分还剩{overview - 1}题，按 > 键跳过本部分）" in run.screen
    assert "已跳过：基本情况" in run.screen and "已跳过：各类教育 › 学前教育" in run.screen
    data = saved(tmp_path)
    assert data["overview"] == {"schools": "122"} and "education" not in data


def test_a_county_is_asked_in_a_countys_words(ask, tmp_path: Path) -> None:
    county = ["青海省", "青溪县", "青溪县教育局", "2025", "", "2025年12月31日", "", ""]
    keys = (
        meta(*county)
        + parts(["teachers"], {"teachers.staffing.backbone_selected": "40"})
        + "遴选县级" + ENTER + ENTER  # found on the review screen in the county's words, kept as it is
        + SAVE_AFTER_REVIEW + NO_BUILD
    )
    run = ask(keys, "-o", "mine.json", "--sections", "teachers")
    assert run.code == 0, run.err
    assert "? 遴选县级骨干教师（名）：" in run.screen
    assert "? 县级培训（场）：" in run.screen
    assert "遴选县级骨干教师：40名" in run.screen  # on the review screen too
    assert "? 区（县）：" in run.screen  # the question that names the place stays neutral
    assert "区（县）级" not in run.screen


# -- going back --------------------------------------------------------------------------------
def test_going_back_returns_to_the_previous_question(ask, tmp_path: Path) -> None:
    keys = (
        BACK  # nothing before the first question
        + meta()
        + typed("120") + BACK + typed(CLEAR + "121", "60")  # schools, back from kindergartens
        + parts(["overview"])[2 * len(ENTER):]
        + SAVE + NO_BUILD
    )
    run = ask(keys, "-o", "mine.json", "--sections", "overview")
    assert run.code == 0, run.err
    assert "这已经是第一题了" in run.screen
    assert saved(tmp_path)["overview"] == {"schools": "121", "kindergartens": "60"}


def test_going_back_from_sentences_and_from_a_chinese_keyboard(ask, tmp_path: Path) -> None:
    skip_to_highlights = typed(*[""] * (len(plan("summary", ["overview"])) - len(meta_questions()) - 2))
    keys = (
        meta()
        + skip_to_highlights
        + typed("第一句", "第二句")
        + "《" + ENTER  # a Chinese input method types 《 for <
        + typed(CLEAR + "改过的第二句")
        + BACK + BACK + BACK  # back through the sentences
        + "<" + "<"  # and through 其他数据 and 荣誉和称号 (a list takes < alone) to the last figure
        + typed("3000")
        + typed("", "", "")  # keep both sentences, end the list
        + SAVE + NO_BUILD
    )
    run = ask(keys, "-o", "mine.json", "--sections", "overview")
    assert run.code == 0, run.err
    last_figure = list(Overview.figure_specs())[-1][0]
    assert saved(tmp_path)["overview"] == {"highlights": ["第一句", "改过的第二句"], last_figure: "3000"}


# -- nothing lost ------------------------------------------------------------------------------
def test_ctrl_c_keeps_every_answer_and_the_next_run_continues(ask, tmp_path: Path) -> None:
    first = meta() + TICK_OVERVIEW + typed("122", "60") + CTRL_C
    run = ask(first, "-o", "mine.json")
    assert run.code == 130
    assert "进度已保存" in run.screen and "drafter ask -o mine.json" in run.screen
    assert files(tmp_path) == {"mine.json.progress"}

    rest = parts(["overview"], {"overview.highlights": ["全区学校布局持续优化"]})[2 * len(ENTER):]
    run = ask(ENTER + rest + SAVE + NO_BUILD, "-o", "mine.json")  # Enter: “接着填”
    assert run.code == 0, run.err
    assert "上次还没有填完（已回答 8 题，跳过 2 题）" in run.screen  # 主送机关 and 标题 were skipped
    assert "? 省（市）" not in run.screen  # what was answered is not asked again
    data = saved(tmp_path)
    assert data["meta"]["organ"] == "天津市东丽区教育局"
    assert data["overview"] == {"highlights": ["全区学校布局持续优化"], "schools": "122", "kindergartens": "60"}
    assert files(tmp_path) == {"mine.json"}


def test_an_unfinished_list_of_sentences_is_kept_and_resume_goes_straight_on(ask, tmp_path: Path) -> None:
    before = meta() + parts(["overview"])[: -len(ENTER)] + typed("第一句") + "第二句没写完" + CTRL_C
    assert ask(before, "-o", "mine.json", "--sections", "overview").code == 130

    run = ask(typed("", "第二句", "") + SAVE + NO_BUILD, "-o", "mine.json", "--resume")
    assert run.code == 0, run.err
    assert "接着填吗" not in run.screen
    assert saved(tmp_path)["overview"] == {"highlights": ["第一句", "第二句"]}


def test_closing_the_input_keeps_the_answers(ask, tmp_path: Path) -> None:
    run = ask(meta()[: -len(ENTER) * 2], "-o", "mine.json")  # the input ends halfway
    assert run.code == 130
    progress = json.loads((tmp_path / "mine.json.progress").read_text(encoding="utf-8"))
    assert progress["data"]["meta"]["date"] == "2025-12-31"


def test_a_crash_keeps_every_answer_given_before_it(ask, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from drafter.questionnaire import flow

    def crash(question: Any, text: str, *args: Any) -> Any:
        if text == "60":
            raise RuntimeError("boom")
        return flow_value_for(question, text, *args)

    flow_value_for = flow.value_for
    monkeypatch.setattr(flow, "value_for", crash)
    run = ask(meta() + typed("122", "60"), "-o", "mine.json", "--sections", "overview")
    assert run.code == 1
    assert "drafter 内部出错" in run.err and "Traceback" not in run.err
    progress = json.loads((tmp_path / "mine.json.progress").read_text(encoding="utf-8"))
    assert progress["data"]["overview"] == {"schools": "122"}
    assert progress["data"]["meta"]["organ"] == "天津市东丽区教育局"


def test_ctrl_c_at_the_question_whether_to_continue_keeps_the_progress(ask, tmp_path: Path) -> None:
    ask(meta() + CTRL_C, "-o", "mine.json", "--sections", "overview")
    run = ask(CTRL_C, "-o", "mine.json")
    assert run.code == 130
    assert "进度已保存" in run.screen
    assert files(tmp_path) == {"mine.json.progress"}


def test_starting_over_discards_the_old_progress(ask, tmp_path: Path) -> None:
    ask(meta() + CTRL_C, "-o", "mine.json", "--sections", "overview")
    run = ask(DOWN + ENTER + meta(*["青海省", "某县", "某县教育局", "2025", "", "2025-12-30", "", ""])
              + parts(["overview"]) + SAVE + NO_BUILD, "-o", "mine.json", "--sections", "overview")
    assert run.code == 0, run.err
    assert saved(tmp_path)["meta"]["region"] == "青海省"


# -- last year's figures -----------------------------------------------------------------------
def test_from_shows_last_years_figures_and_stores_them_as_previous(ask, tmp_path: Path) -> None:
    last = {"meta": {"region": "天津市", "district": "东丽区", "organ": "天津市东丽区教育局",
                     "year": 2024, "date": "2024-12-31"},
            "overview": {"schools": 118, "staff": {"value": "2600", "previous": "2500"}}}
    (tmp_path / "2024.json").write_text(json.dumps(last, ensure_ascii=False), encoding="utf-8")
    keys = (
        typed("", "", "", "") + ENTER + typed("2025年12月31日", "", "")  # Enter keeps last year's
        + parts(["overview"], {"overview.schools": "122", "overview.kindergartens": "60"})
        + SAVE + NO_BUILD
    )
    run = ask(keys, "-o", "mine.json", "--from", "2024.json", "--sections", "overview")
    assert run.code == 0, run.err
    assert "上年：118所" in run.screen
    assert "上年：2600人" in run.screen
    data = saved(tmp_path)
    assert data["meta"] == {"region": "天津市", "district": "东丽区", "organ": "天津市东丽区教育局",
                            "year": 2025, "kind": "summary", "date": "2025-12-31"}
    assert data["overview"] == {"schools": {"value": "122", "previous": "118"}, "kindergartens": "60"}


# -- the review screen ---------------------------------------------------------------------------
HOME = "\x1b[H"
END = "\x1b[F"
PAGE_DOWN = "\x1b[6~"
UP = "\x1b[A"
LEAVE_PART = "<"  # from a part's answers back to the list of parts
SAVE_AFTER_REVIEW = LEAVE_PART + HOME + ENTER  # “保存” is the first row of the list of parts


def open_row(number: int) -> str:
    """Type a row's number and Enter: a part on the list of parts, an answer in a part."""
    return str(number) + ENTER


def test_the_review_screen_opens_a_part_by_number_and_keeps_the_cursor_after_a_change(ask, tmp_path: Path) -> None:
    keys = (
        meta()
        + parts(["overview"], {"overview.schools": "122", "overview.kindergartens": "60"})
        + open_row(2)  # 2. 基本情况
        + open_row(2) + typed(CLEAR + "61")  # 2. 幼儿园：60所 → 61
        + ENTER + typed(CLEAR + "62")  # the cursor is still on 幼儿园: Enter opens it again
        + SAVE_AFTER_REVIEW + NO_BUILD
    )
    run = ask(keys, "-o", "mine.json", "--sections", "overview")
    assert run.code == 0, run.err
    assert saved(tmp_path)["overview"] == {"schools": "122", "kindergartens": "62"}
    assert "基本情况（已填2项" in run.screen
    assert "【基本情况】选中一项回车修改" in run.screen


def test_typing_part_of_a_name_on_the_list_of_parts_finds_the_answer_in_any_part(ask, tmp_path: Path) -> None:
    keys = (
        meta()
        + parts(["overview", "education"], {"overview.schools": "122", "education.preschool.new_places": "1350"})
        + "新增学前" + ENTER + typed(CLEAR + "1400")  # found among every answer, Chinese typed as is
        + SAVE_AFTER_REVIEW + NO_BUILD
    )
    run = ask(keys, "-o", "mine.json", "--sections", "overview", "education")
    assert run.code == 0, run.err
    assert saved(tmp_path)["education"] == {"preschool": {"new_places": "1400"}}
    assert "查找“新增学前”：找到1项" in run.screen
    assert "各类教育 › 学前教育 › 新增学前学位：1350个" in run.screen


def test_the_review_screen_pages_in_a_small_window(ask, tmp_path: Path) -> None:
    keys = (
        meta()
        + parts(["overview"])
        + open_row(1)  # 报告信息: 9 answers, filling in, the way back, in a window of 6 rows
        + PAGE_DOWN + ENTER + typed("市政府教育督导室")  # row 1 + 6 = 7. 主送机关
        + open_row(9) + ENTER  # 9. 要填写的部分: kept as it is
        + END + ENTER  # the last row: “← 返回各部分列表”
        + HOME + ENTER + NO_BUILD
    )
    run = ask(keys, "-o", "mine.json", "--sections", "overview", rows=10)
    assert run.code == 0, run.err
    assert saved(tmp_path)["meta"]["recipient"] == "市政府教育督导室"
    assert "»   7. 主送机关：（未填）\r\n  （第2—7行，共11行；PgUp/PgDn 翻页）" in run.screen
    assert "要填写报告的哪些部分？" in run.screen


def test_the_review_screen_fills_what_was_skipped(ask, tmp_path: Path) -> None:
    keys = (
        meta()
        + parts(["overview"], {"overview.schools": "122"})
        + open_row(2) + "补填" + ENTER  # “＋ 逐题补填未填的N项”
        + typed("60") + typed(*[""] * (len(list(Overview.figure_specs())) - 2))
        + typed("", "")  # no honours, no figures of its own
        + typed("新句子", "")
        + SAVE_AFTER_REVIEW + NO_BUILD
    )
    run = ask(keys, "-o", "mine.json", "--sections", "overview")
    assert run.code == 0, run.err
    assert saved(tmp_path)["overview"] == {"highlights": ["新句子"], "schools": "122", "kindergartens": "60"}


def test_the_review_screen_changes_the_parts_to_fill(ask, tmp_path: Path) -> None:
    keys = (
        meta()
        + TICK_OVERVIEW
        + parts(["overview"], {"overview.schools": "122"})
        + open_row(1) + open_row(len(meta_questions()) + 1)  # 报告信息 › 要填写的部分
        + SPACE + DOWN * OVERVIEW_ROW + SPACE + ENTER  # tick 开篇补充, untick 基本情况
        + typed("在区委、区政府的坚强领导下，全区教育事业稳步发展", "")
        + SAVE_AFTER_REVIEW + NO_BUILD
    )
    run = ask(keys, "-o", "mine.json")
    assert run.code == 0, run.err
    data = saved(tmp_path)
    assert data["opening"] == ["在区委、区政府的坚强领导下，全区教育事业稳步发展"]
    assert "overview" not in data  # an unticked part leaves the file


def test_the_review_screen_lists_the_parts_then_their_answers(tmp_path: Path) -> None:
    from drafter.questionnaire.flow import Interview
    from drafter.questionnaire.progress import Progress
    from drafter.questionnaire.review import answer_rows, part_rows

    data = {"meta": {"region": "天津市", "district": "东丽区", "organ": "天津市东丽区教育局", "year": 2025,
                     "date": "2025-12-31"},
            "overview": {"schools": {"value": "122", "previous": "118"}, "highlights": ["甲", "乙"]},
            "education": {"preschool": {"public_share": "50.86"}}}
    interview = Interview(Progress(tmp_path / "p", data=data, sections=["overview", "education"]))
    rows = part_rows(interview)
    shown = [f"{row.number}. {row.label}" for row in rows if not row.found_only and row.number]
    overview = sum(q.group == "基本情况" for q in plan("summary", ["overview"]))
    compulsory = sum(q.group == "各类教育 › 义务教育" for q in plan("summary", ["education"]))
    assert rows[0].label == "✔ 核对无误，保存（报告标题：天津市东丽区2025年教育工作总结）"
    assert shown[:2] == ["1. 报告信息（已填7项，2项未填）", f"2. 基本情况（已填2项，{overview - 2}项未填）"]
    assert shown[2].startswith("3. 各类教育 › 学前教育（已填1项，")
    assert f"各类教育 › 义务教育（已填0项，{compulsory}项未填）" in "\n".join(shown)
    found = [row.label for row in rows if row.found_only]
    assert "基本情况 › 各级各类学校：122所（上年 118所）" in found
    assert "各类教育 › 学前教育 › 公办园在园幼儿占比：50.86%" in found

    answers = [f"{row.number}. {row.label}" if row.number else row.label for row in answer_rows(interview, "基本情况")]
    assert answers[0] == "1. 各级各类学校：122所（上年 118所）"
    assert f"{overview}. 做法与成效：甲（共2句）" in answers
    assert answers[-2:] == [f"＋ 逐题补填未填的{overview - 2}项", "← 返回各部分列表"]
    info = [row.label for row in answer_rows(interview, "报告信息")]
    assert "成文日期：2025年12月31日" in info and "主送机关：（未填）" in info
    assert "标题：（未填），将自动生成：天津市东丽区2025年教育工作总结" in info
    assert "要填写的部分：基本情况、各类教育" in info


def test_an_existing_data_file_opens_on_the_review_screen(ask, tmp_path: Path, run_cli) -> None:
    first = ask(meta() + parts(["overview"], {"overview.schools": "122"}) + SAVE + NO_BUILD,
                "-o", "mine.json", "--sections", "overview")
    assert first.code == 0
    run = ask(ENTER + open_row(2) + open_row(1) + typed(CLEAR + "123") + SAVE_AFTER_REVIEW + NO_BUILD, "-o", "mine.json")
    assert run.code == 0, run.err
    assert saved(tmp_path)["overview"] == {"schools": "123"}

    left_alone = ask(DOWN + ENTER, "-o", "mine.json")
    assert left_alone.code == 0
    assert saved(tmp_path)["overview"] == {"schools": "123"}
    assert files(tmp_path) == {"mine.json"}


# -- one source of truth -------------------------------------------------------------------------
def test_a_figure_added_to_the_model_is_asked_with_no_questionnaire_change(
    ask, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class WithNurseries(Preschool):
        nursery_places: Annotated[Fig, Count("新增托育托位", "个", help="面向3岁以下婴幼儿")] = None

    class NewEducation(Education):
        preschool: WithNurseries = part(WithNurseries)

    class NewReport(Report):
        education: NewEducation = section(NewEducation)

    monkeypatch.setattr(questions, "Report", NewReport)
    monkeypatch.setattr("drafter.inputs.json_file.Report", NewReport)
    keys = meta() + parts(["education"], {"education.preschool.nursery_places": "300余"}) + SAVE + NO_BUILD
    run = ask(keys, "-o", "mine.json", "--sections", "education")
    assert run.code == 0, run.err
    assert "面向3岁以下婴幼儿" in run.screen
    assert "新增托育托位（个）：" in run.screen
    assert saved(tmp_path)["education"] == {"preschool": {"nursery_places": "300余"}}


# -- the command -----------------------------------------------------------------------------------
def test_without_a_terminal_the_clerk_is_pointed_to_build(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "drafter", "ask", "-o", "mine.json"],
        cwd=tmp_path, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 1
    assert "不是终端" in result.stderr and "drafter build" in result.stderr
    assert "Traceback" not in result.stderr
    assert files(tmp_path) == set()


def test_a_damaged_progress_file_is_named_with_what_to_do(ask, tmp_path: Path) -> None:
    (tmp_path / "mine.json.progress").write_text("{不是进度", encoding="utf-8")
    run = ask("", "-o", "mine.json")
    assert run.code == 1
    assert "进度文件无法读取" in run.err and "mine.json.progress" in run.err and "删除这个文件" in run.err


def test_unknown_sections_are_named_with_the_choices(ask) -> None:
    run = ask("", "--sections", "基本情况", "体育")
    assert run.code == 1
    assert "不认识的部分：体育" in run.err and "立德树人（moral）" in run.err


def test_ask_help_text(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["ask", "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    for words in ("用法：drafter ask", "--from 上年数据文件", "--resume", "--sections", "回到上一题"):
        assert words in out


def test_the_document_ask_builds_follows_the_data_files_layout(ask, tmp_path: Path) -> None:
    """The build offered at the end is the one ``drafter build`` makes: same style, same layout."""
    from docx.oxml.ns import qn

    data = {
        "meta": {"region": "天津市", "district": "东丽区", "organ": "天津市东丽区教育局", "year": 2025, "date": "2025-12-31"},
        "style": {"page_numbers": "center"},
        "overview": {"schools": "122"},
    }
    (tmp_path / "mine.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    run = ask(ENTER + SAVE + BUILD, "-o", "mine.json")
    assert run.code == 0, run.err
    footer = docx.Document(str(tmp_path / "mine.docx")).sections[0].footer.paragraphs[0]
    assert footer._p.pPr.find(qn("w:jc")).get(qn("w:val")) == "center"


def test_a_killed_runs_temporary_progress_file_is_removed_by_the_next_run(ask, tmp_path: Path) -> None:
    # kill -9 between writing the temporary file and renaming it leaves this behind
    leftover = tmp_path / ".mine.json.progress.999999999.abcd1234.tmp"
    leftover.write_text("{", encoding="utf-8")
    run = ask(meta() + CTRL_C, "-o", "mine.json")
    assert run.code == 130
    assert files(tmp_path) == {"mine.json.progress"}


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs exist on POSIX only")
def test_a_fifo_as_the_data_file_is_refused_before_any_question(ask, tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "mine.json")
    run = ask("", "-o", "mine.json")
    assert run.code == 1 and "这不是普通文件" in run.err and "mine.json" in run.err


# -- lists of items ------------------------------------------------------------------------------
ADD = DOWN + ENTER  # “添加一项” (the list opens on “不添加”)
NO_MORE = ENTER

PROJECT = {"name": "春晖路小学", "action": "新建", "site_area": "24亩", "floor_area": "8800",
           "investment": "2800", "places": "1080", "classes": "36个班", "status": "已竣工投入使用"}
HONOUR = {"name": "青少年校园足球特色学校", "level": "国家级", "count": "3所",
          "winners": ["实验小学", "第二小学"]}


def item(model: type, answers: dict[str, Any]) -> str:
    """Keys adding one item: “添加一项”, then its fields in model order (a list line by line)."""
    keys = ADD
    for name, info in model.model_fields.items():
        given = answers.get(name, [] if typing.get_origin(info.annotation) is list else "")
        keys += typed(*given, "") if isinstance(given, list) else typed(given)
    return keys


def figures_of(part_type: type) -> str:
    """Keys leaving every figure of a part empty."""
    return typed(*[""] * len(list(part_type.figure_specs())))


def construction(lists: str) -> str:
    """Keys through 综合保障: 教育经费 skipped, 学校建设's figures left empty and its lists answered
    by ``lists``, the parts after it skipped."""
    names = [name for name, _ in Support.part_types()]
    after = len(names) - names.index("construction") - 1
    return ">" + figures_of(Construction) + lists + ">" * after


def test_an_honour_and_a_project_are_asked_after_the_figures_and_reach_the_document(ask, tmp_path: Path) -> None:
    lists = (
        item(Project, PROJECT) + NO_MORE  # 建设项目, the part's own list, first
        + item(Honour, HONOUR) + NO_MORE
        + NO_MORE  # no figures of its own
        + typed("")  # no sentences
    )
    run = ask(meta(kind="summary") + construction(lists) + SAVE + BUILD, "-o", "mine.json", "--sections", "support")
    assert run.code == 0, run.err
    # the checks build makes run before ask writes the document: a summary with no 存在问题 is told so
    assert "注意：" in run.err and "没有写存在问题" in run.err
    assert "建设项目：要添加一项吗？" in run.screen
    assert "建设项目：再添加一项吗？" in run.screen
    assert "荣誉和称号 第1项" in run.screen
    assert "获评单位或个人 第2条：" in run.screen  # a list within an item, line by line
    assert "占地面积（亩）：" in run.screen  # an item's figure asked like a part's
    assert "如 国家级、省级、市级、区级" in run.screen  # 区（县）级 in the district's words
    assert saved(tmp_path)["support"] == {"construction": {"projects": [PROJECT], "honours": [HONOUR]}}
    text = document_text(docx.Document(str(tmp_path / "mine.docx")))
    assert ("新建春晖路小学，占地面积24亩，建筑面积8800平方米，总投资2800万元，新增学位1080个，"
            "办学规模36个班，已竣工投入使用。") in text
    assert "实验小学、第二小学等3所学校获评国家级青少年校园足球特色学校" in text


def test_an_item_is_one_line_on_the_review_screen() -> None:
    data = {"support": {"construction": {"projects": [PROJECT]}}}
    loc = ("support", "construction", "projects", 0)
    fields = [q for q in plan("summary", ["support"], data) if q.item_loc == loc and not isinstance(q, ItemQuestion)]
    assert item_summary(fields, PROJECT).startswith("春晖路小学，新建，24亩，8800平方米")


def test_an_item_field_is_checked_like_a_part_figure(ask, tmp_path: Path) -> None:
    keys = (
        meta()
        + ">" + figures_of(Construction)
        + ADD + typed("春晖路小学", "", "二十四亩地") + typed(CLEAR + "24亩")
        + ">" + ">" * 7
        + SAVE + NO_BUILD
    )
    run = ask(keys, "-o", "mine.json", "--sections", "support")
    assert run.code == 0, run.err
    assert "✗ " in run.screen and "二十四亩地" in run.screen
    assert saved(tmp_path)["support"] == {"construction": {"projects": [{"name": "春晖路小学", "site_area": "24亩"}]}}


def test_skipping_a_part_drops_an_item_left_without_its_name(ask, tmp_path: Path) -> None:
    keys = meta() + figures_of(Overview) + ADD + ">" + SAVE + NO_BUILD
    run = ask(keys, "-o", "mine.json", "--sections", "overview")
    assert run.code == 0, run.err
    assert "荣誉和称号 第1项没有填称号，已删去" in run.screen
    assert "overview" not in saved(tmp_path)


def test_a_required_item_field_cannot_be_left_empty(ask, tmp_path: Path) -> None:
    keys = meta() + figures_of(Overview) + ADD + typed("", "文明校园") + ">" + SAVE + NO_BUILD
    run = ask(keys, "-o", "mine.json", "--sections", "overview")
    assert run.code == 0, run.err
    assert "这一项必须填写" in run.screen
    assert saved(tmp_path)["overview"] == {"honours": [{"name": "文明校园"}]}


def test_going_back_into_an_item_and_out_of_it(ask, tmp_path: Path) -> None:
    keys = (
        meta() + figures_of(Overview)
        + ADD + typed("文明校园", "市级")
        + BACK + BACK  # from 获评数量 back to 级别, then to 称号
        + typed(CLEAR + "文明校园（学校）")  # changed; 级别 is kept, on to the next unanswered
        + typed("2所", "", "", "")  # 获评数量, 累计数量, no winners, 再添加: no
        + "<" + "<" + typed("") + typed("")  # back from 其他数据 over 再添加 into 获评单位: still none
        + NO_MORE + typed("")
        + SAVE + NO_BUILD
    )
    run = ask(keys, "-o", "mine.json", "--sections", "overview")
    assert run.code == 0, run.err
    assert saved(tmp_path)["overview"] == {"honours": [{"name": "文明校园（学校）", "level": "市级", "count": "2所"}]}


def test_going_back_to_an_item_offers_to_delete_it(ask, tmp_path: Path) -> None:
    keys = (
        meta() + figures_of(Overview)
        + ADD + typed("文明校园", "", "", "", "")  # the honour, no more honours
        + "<"  # from 再添加 (a list takes < alone) back to 获评单位
        + BACK * 5  # ← 累计数量 ← 获评数量 ← 级别 ← 称号 ← 荣誉和称号 第1项: keep or delete
        + DOWN + ENTER  # 删除这一项
        + NO_MORE + typed("")
        + SAVE + NO_BUILD
    )
    run = ask(keys, "-o", "mine.json", "--sections", "overview")
    assert run.code == 0, run.err
    assert "荣誉和称号 第1项（文明校园）：" in run.screen
    assert "已删除：荣誉和称号 第1项" in run.screen
    assert "overview" not in saved(tmp_path)


def test_ctrl_c_in_the_middle_of_an_item_and_the_next_run_continues_it(ask, tmp_path: Path) -> None:
    first = meta() + figures_of(Overview) + ADD + typed("文明校园") + "市" + CTRL_C
    assert ask(first, "-o", "mine.json", "--sections", "overview").code == 130
    progress = json.loads((tmp_path / "mine.json.progress").read_text(encoding="utf-8"))
    assert progress["data"]["overview"] == {"honours": [{"name": "文明校园"}]}

    rest = typed("市级", "2所", "", "实验小学", "") + NO_MORE + NO_MORE + typed("")
    run = ask(rest + SAVE + NO_BUILD, "-o", "mine.json", "--resume")
    assert run.code == 0, run.err
    assert "? 称号" not in run.screen  # the item goes on where it stopped
    assert saved(tmp_path)["overview"] == {
        "honours": [{"name": "文明校园", "level": "市级", "count": "2所", "winners": ["实验小学"]}]
    }


def test_the_review_screen_changes_an_items_field_and_deletes_an_item(ask, tmp_path: Path) -> None:
    figures = len(list(Overview.figure_specs()))
    keys = (
        meta() + figures_of(Overview)
        + ADD + typed("文明校园", "市级", "", "", "") + ADD + typed("优秀组织奖", "", "", "", "") + NO_MORE
        + NO_MORE + typed("")
        + open_row(2)  # 基本情况
        + open_row(figures + 1)  # 荣誉和称号 第1项
        + open_row(2) + typed(CLEAR + "省级")  # its 级别
        + "<"  # back to the part's answers
        + open_row(figures + 2)  # 荣誉和称号 第2项
        + END + UP + ENTER  # “✗ 删除这一项”
        + ENTER  # “删除这一项”: yes
        + SAVE_AFTER_REVIEW + NO_BUILD
    )
    run = ask(keys, "-o", "mine.json", "--sections", "overview")
    assert run.code == 0, run.err
    assert f"{figures + 1}. 荣誉和称号 第1项：文明校园，市级" in run.screen
    assert f"{figures + 2}. 荣誉和称号 第2项：优秀组织奖" in run.screen
    assert "＋ 再添加一项荣誉和称号" in run.screen
    assert "【基本情况 › 荣誉和称号 第1项】选中一项回车修改" in run.screen
    assert "删除荣誉和称号 第2项（优秀组织奖）吗？" in run.screen
    assert saved(tmp_path)["overview"] == {"honours": [{"name": "文明校园", "level": "省级"}]}


def test_the_review_screen_adds_an_item(ask, tmp_path: Path) -> None:
    keys = (
        meta() + parts(["overview"])
        + open_row(2) + "荣誉和称号" + ENTER  # found by name on the part's answers
        + ADD + typed("文明校园", "", "", "", "") + NO_MORE
        + "再添加一项" + ENTER + typed("优秀组织奖", "", "", "", "") + NO_MORE  # the row below the items
        + SAVE_AFTER_REVIEW + NO_BUILD
    )
    run = ask(keys, "-o", "mine.json", "--sections", "overview")
    assert run.code == 0, run.err
    assert "荣誉和称号：（未填）" in run.screen
    assert saved(tmp_path)["overview"] == {"honours": [{"name": "文明校园"}, {"name": "优秀组织奖"}]}


def test_a_figure_may_be_typed_with_its_parts_in_brackets(ask, tmp_path: Path) -> None:
    keys = (
        meta()
        + typed("122", "（公办58、民办119）", CLEAR + "177（公办58、民办119）")
        + parts(["overview"])[2 * len(ENTER):]
        + open_row(2) + SAVE_AFTER_REVIEW + NO_BUILD
    )
    run = ask(keys, "-o", "mine.json", "--sections", "overview")
    assert run.code == 0, run.err
    assert "如 177（公办58、民办119）" in run.screen  # said once, when the questionnaire starts
    assert "括号前面要写总数" in run.screen
    assert "幼儿园：177所（公办58所、民办119所）" in run.screen  # the review screen shows the parts
    assert saved(tmp_path)["overview"]["kindergartens"] == {"value": "177", "breakdown": {"公办": "58", "民办": "119"}}


def test_a_list_of_items_added_to_the_model_is_asked_with_no_questionnaire_change(
    ask, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Visit(HasFigures):
        model_config = ConfigDict(title="研学活动")

        place: str = Field(title="研学地点", min_length=1)
        visitors: Annotated[Fig, Count("参加学生", "人次", help="参加这次活动的学生")] = None
        guides: Sentences = Field(default_factory=list, title="带队教师")

    class WithVisits(Overview):
        visits: list[Visit] = Field(default_factory=list, title="研学活动", description="每次活动一条")

    class NewReport(Report):
        overview: WithVisits = Field(default_factory=WithVisits, title=WithVisits.title())

    monkeypatch.setattr(questions, "Report", NewReport)
    monkeypatch.setattr("drafter.inputs.json_file.Report", NewReport)
    visit = {"place": "科技馆", "visitors": "1200", "guides": ["张老师", "李老师"]}
    keys = (
        meta() + figures_of(Overview)
        + item(Visit, visit) + NO_MORE  # the part's own list, before 荣誉和称号
        + NO_MORE + NO_MORE + typed("")
        + SAVE + NO_BUILD
    )
    run = ask(keys, "-o", "mine.json", "--sections", "overview")
    assert run.code == 0, run.err
    assert "研学活动：要添加一项吗？" in run.screen and "每次活动一条" in run.screen
    assert "参加学生（人次）：" in run.screen and "参加这次活动的学生" in run.screen
    assert "带队教师 第2条：" in run.screen
    assert saved(tmp_path)["overview"] == {"visits": [visit]}


def test_from_reads_last_years_workbook(ask, tmp_path: Path, run_cli) -> None:
    last = {"meta": {"region": "天津市", "district": "东丽区", "organ": "天津市东丽区教育局",
                     "year": 2024, "date": "2024-12-31"},
            "overview": {"schools": 118}}
    (tmp_path / "2024.json").write_text(json.dumps(last, ensure_ascii=False), encoding="utf-8")
    code, _, err = run_cli("sheet", "--data", "2024.json", "2024.xlsx")
    assert code == 0, err
    keys = typed("", "", "", "") + ENTER + typed("2025年12月31日", "", "") + parts(["overview"], {"overview.schools": "122"})
    run = ask(keys + SAVE + NO_BUILD, "-o", "mine.json", "--from", "2024.xlsx", "--sections", "overview")
    assert run.code == 0, run.err
    assert "上年：118所" in run.screen
    assert saved(tmp_path)["overview"] == {"schools": {"value": "122", "previous": "118"}}


@pytest.mark.parametrize("kind", list(KINDS))
def test_the_parts_of_the_kind_are_offered_in_its_order(ask, tmp_path: Path, kind: str) -> None:
    run = ask(meta(kind=kind), "-o", "mine.json")  # the input ends at the choice of parts
    assert list(questions.section_choices(kind)) == list(kind_info(kind).parts)
    offered = re.findall(r"[○●] (\S+?)（(\d+)题）", run.screen)
    assert [title for title, _ in offered] == [field_title(Report, name) for name in kind_info(kind).parts]
    assert all(int(count) >= 1 for _, count in offered)


def test_a_summary_does_not_offer_the_parts_of_a_self_evaluation(ask, tmp_path: Path) -> None:
    run = ask(meta(kind="summary"), "-o", "mine.json")
    for title in ("自评依据", "自评结果", "改进措施", "下年工作总体思路"):
        assert f" {title}（" not in run.screen
    (tmp_path / "mine.json.progress").unlink()
    data = {"meta": {"region": "天津市", "district": "东丽区", "organ": "东丽区教育局", "year": 2025,
                     "date": "2025-12-31"}, "measures": [{"title": "补齐短板"}]}
    (tmp_path / "mine.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    run = ask(ENTER + SAVE + NO_BUILD, "-o", "mine.json")  # “打开修改”, then save as it is
    assert run.code == 0, run.err
    assert saved(tmp_path)["measures"] == [{"title": "补齐短板"}]  # a part of another kind the file has stays


def test_an_own_figure_is_asked_in_the_unit_typed_before_it(ask, tmp_path: Path) -> None:
    keys = (
        meta() + figures_of(Overview) + NO_MORE
        + ADD + typed("建成家长学校", "所", "4x5", CLEAR + "45", "") + NO_MORE  # 名称, 单位, 数值, 主体
        + typed("") + SAVE + BUILD
    )
    run = ask(keys, "-o", "mine.json", "--sections", "overview")
    assert run.code == 0, run.err
    assert "数值（所）：" in run.screen
    assert "✗ “4x5”不是可识别的数字" in run.screen
    assert saved(tmp_path)["overview"] == {"custom": [{"name": "建成家长学校", "unit": "所", "value": "45"}]}
    assert "建成家长学校45所" in document_text(docx.Document(str(tmp_path / "mine.docx")))


def test_answers_are_not_saved_under_a_name_that_is_not_a_data_file(ask, tmp_path: Path) -> None:
    (tmp_path / "2024填报表.xlsx").write_bytes(b"PK\x03\x04 a workbook")
    run = ask("", "-o", "2024填报表.xlsx")
    assert run.code == 1 and "文件名应以 .json 结尾" in run.err, run.err
    assert (tmp_path / "2024填报表.xlsx").read_bytes() == b"PK\x03\x04 a workbook"


# -- what the clerk meant, in the clerk's words -----------------------------------------------
COUNTY = ["浙江省", "青溪县", "青溪县教育局", "2025", "", "2025年12月31日", "", ""]


def test_last_years_value_in_brackets_is_stored_as_last_years(ask, tmp_path: Path) -> None:
    run = ask(meta() + parts(["overview"], {"overview.schools": "122（上年118）", "overview.kindergartens": "无",
                                            "overview.staff": "—"}) + SAVE + BUILD,
              "-o", "mine.json", "--sections", "overview")
    assert run.code == 0, run.err
    assert "有上年的数时写在括号里，报告里写出增减，如 1170（上年1100）" in run.screen
    assert saved(tmp_path)["overview"] == {"schools": {"value": "122", "previous": "118"}}
    text = document_text(docx.Document(str(tmp_path / "mine.docx")))
    assert "各级各类学校122所" in text and "（上年" not in text


def test_an_items_own_figure_takes_no_last_years_value(ask, tmp_path: Path) -> None:
    keys = meta() + figures_of(Overview) + ADD + typed("示范校", "", "3（上年2）", CLEAR + "3")
    run = ask(keys, "-o", "mine.json", "--sections", "overview")
    assert "✗ “3（上年2）”：这一项只写本年的数" in run.screen


def test_hints_show_the_districts_own_examples_and_no_json(ask, tmp_path: Path) -> None:
    run = ask(meta(*COUNTY) + parts(["teachers"]) + SAVE + NO_BUILD, "-o", "mine.json", "--sections", "teachers")
    assert run.code == 0, run.err
    assert "署名用的全称，如 浙江省青溪县教育局" in run.screen  # asked after the district
    assert "如 东丽区" in run.screen  # asked before it: the model's own example
    after = run.screen.split("? 区（县）：", 1)[1]
    assert "东丽" not in after and "天津" not in after
    assert '{"' not in run.screen and '["' not in run.screen
    assert "分级别时写在数字后面的括号里，如 9（省级1、市级8）" in run.screen


def test_the_review_shows_the_title_the_report_will_get(ask, tmp_path: Path) -> None:
    run = ask(meta(*COUNTY, kind="self_evaluation") + parts(["overview"], {"overview.schools": "90"}, kind="self_evaluation")
              + SAVE + NO_BUILD, "-o", "mine.json", "--sections", "overview")
    assert run.code == 0, run.err
    assert "✔ 核对无误，保存（报告标题：青溪县人民政府2025年履行教育职责情况自评报告）" in run.screen


def test_the_opening_is_asked_in_the_voice_of_the_kind(ask, tmp_path: Path) -> None:
    run = ask(meta(*COUNTY, kind="self_evaluation") + typed("县政府始终把教育摆在优先发展的战略地位", "") + SAVE + NO_BUILD,
              "-o", "mine.json", "--sections", "opening")
    assert run.code == 0, run.err
    assert "以县人民政府的口吻写" in run.screen
    assert saved(tmp_path)["opening"] == ["县政府始终把教育摆在优先发展的战略地位"]

"""The review screen: the parts of the report first, then the answers of the part chosen.

A hundred answers in one list take a hundred key presses to cross; here the clerk picks a part
(by arrow keys, its number, or typing part of its name), then the answer; typing part of an
answer's name on the list of parts finds it in any part. After a change the cursor stays on the
answer changed, and leaving a part puts it back on that part: saving is always a deliberate choice.
"""

from __future__ import annotations

from itertools import groupby
from typing import Any

from drafter.model import KINDS
from drafter.questionnaire import menu
from drafter.questionnaire.answers import shown
from drafter.questionnaire.flow import Interview
from drafter.questionnaire.menu import Row
from drafter.questionnaire.prompts import BACK
from drafter.questionnaire.questions import KindQuestion, Question, SectionsQuestion, all_section_choices

SAVE = ("save", "")
UP = ("up", "")
_PARTS = "请核对填写的内容：选中一个部分回车查看和修改，核对无误后选“保存”"
_PARTS_HELP = "上下键移动，PgUp/PgDn 翻页；输入编号跳到那一部分，输入名称（如 幼儿园）查找任何一项"
_ANSWERS_HELP = "上下键移动，PgUp/PgDn 翻页；输入编号跳到那一项，输入名称查找；选中回车修改，< 或 Esc 返回"


def review(interview: Interview) -> None:
    """Show the review screen until the clerk chooses to save; changes are recorded as made."""
    cursor: Any = SAVE
    while True:
        choice = menu.choose(_PARTS, part_rows(interview), _PARTS_HELP, start=cursor)
        if choice == SAVE:
            return
        action, target = choice
        if action == "edit":  # found by name: change it, then show it among its part's answers
            group = _edit(interview, target)
            cursor = ("part", group)
            _review_part(interview, group, start=choice)
        else:
            cursor = choice
            _review_part(interview, target)


def part_rows(interview: Interview) -> list[Row]:
    """“保存”, then one numbered row per part; every answer, found by typing part of its name."""
    rows = [Row("✔ 核对无误，保存", SAVE)]
    answers: list[Row] = []
    for number, (group, questions) in enumerate(_groups(interview), start=1):
        filled = sum(not _is_empty(interview, q) for q in questions)
        empty = len(questions) - filled
        state = f"已填{filled}项" + (f"，{empty}项未填" if empty else "")
        rows.append(Row(f"{interview.words(group)}（{state}）", ("part", group), number))
        answers += [
            Row(f"{interview.words(group)} › {_line(interview, q)}", ("edit", q.key), found_only=True)
            for q in questions
        ]
    return rows + answers


def answer_rows(interview: Interview, group: str) -> list[Row]:
    """The answers of one part, numbered; then filling in what is empty, and the way back."""
    questions = dict(_groups(interview)).get(group, [])
    rows = [Row(_line(interview, q), ("edit", q.key), number) for number, q in enumerate(questions, start=1)]
    empty = sum(_is_empty(interview, q) for q in questions)
    if empty:
        rows.append(Row(f"＋ 逐题补填未填的{empty}项", ("fill", group)))
    return rows + [Row("← 返回各部分列表", UP)]


def _review_part(interview: Interview, group: str, start: Any = None) -> None:
    cursor = start
    while group in dict(_groups(interview)):  # a part unticked on the way is gone
        title = f"【{interview.words(group)}】选中一项回车修改："
        choice = menu.choose(title, answer_rows(interview, group), _ANSWERS_HELP, start=cursor, back=True)
        if choice is BACK or choice == UP:
            return
        cursor = choice
        action, target = choice
        if action == "edit":
            _edit(interview, target)
        else:
            _reopen_empty(interview, group)
            interview.fill()


def _edit(interview: Interview, key: str) -> str:
    """Ask one question again, then whatever it leaves unanswered (the parts after a new kind);
    return its part."""
    question = next(q for q in interview.questions() if q.key == key)
    interview.ask(question)
    interview.fill()
    return question.group


def _groups(interview: Interview) -> list[tuple[str, list[Question]]]:
    return [(group, list(members)) for group, members in groupby(interview.questions(), key=lambda q: q.group)]


def _line(interview: Interview, question: Question) -> str:
    return f"{interview.title(question)}：{_answer(interview, question)}"


def _answer(interview: Interview, question: Question) -> str:
    progress = interview.progress
    if isinstance(question, SectionsQuestion):
        titles = all_section_choices()
        return "、".join(interview.words(titles.get(name, name)) for name in progress.sections or [])
    if isinstance(question, KindQuestion):
        return KINDS.get(progress.kind, progress.kind)
    return shown(question, progress.stored(question.loc))


def _reopen_empty(interview: Interview, group: str) -> None:
    for question in interview.questions():
        if question.group == group and _is_empty(interview, question):
            interview.progress.mark(question, done=False)


def _is_empty(interview: Interview, question: Question) -> bool:
    if isinstance(question, (KindQuestion, SectionsQuestion)):
        return False
    return interview.progress.stored(question.loc) in (None, [])

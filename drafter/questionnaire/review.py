"""The review screen: the parts of the report first, then the answers of the part chosen.

A hundred answers in one list take a hundred key presses to cross; here the clerk picks a part
(by arrow keys, its number, or typing part of its name), then the answer; typing part of an
answer's name on the list of parts finds it in any part. After a change the cursor stays on the
answer changed, and leaving a part puts it back on that part: saving is always a deliberate choice.

A list of items (荣誉和称号, 建设项目) shows one row per item; the item opens on its fields, to
change any of them or delete the item, and a row below the items adds one more.
"""

from __future__ import annotations

from itertools import groupby
from typing import Any

from drafter.model import KINDS
from drafter.questionnaire import menu, prompts
from drafter.questionnaire.answers import NOT_GIVEN, shown
from drafter.questionnaire.flow import Interview
from drafter.questionnaire.menu import Row
from drafter.questionnaire.prompts import BACK, say
from drafter.questionnaire.questions import (
    ItemQuestion,
    KindQuestion,
    Question,
    SectionsQuestion,
    all_section_choices,
    key_of,
)

SAVE = ("save", "")
#: The title's answer; left empty, the review shows the one the report will get.
TITLE_LOC = ("meta", "title")
UP = ("up", "")
DELETE = ("delete", "")
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
        if action in ("edit", "item"):  # found by name: open it, then show it among its part's answers
            group = _open(interview, choice)
            cursor = ("part", group)
            _review_part(interview, group, start=choice)
        else:
            cursor = choice
            _review_part(interview, target)


def part_rows(interview: Interview) -> list[Row]:
    """“保存”, then one numbered row per part; every answer, found by typing part of its name."""
    title = interview.document_title()
    rows = [Row(f"✔ 核对无误，保存（报告标题：{title}）" if title else "✔ 核对无误，保存", SAVE)]
    answers: list[Row] = []
    for number, (group, questions) in enumerate(_groups(interview), start=1):
        entries = _entries(questions)
        filled = sum(not _is_empty(interview, entry) for entry in entries)
        empty = len(entries) - filled
        state = f"已填{filled}项" + (f"，{empty}项未填" if empty else "")
        rows.append(Row(f"{interview.words(group)}（{state}）", ("part", group), number))
        answers += [
            Row(f"{interview.words(group)} › {row.label}", row.value, found_only=True)
            for entry in entries
            for row in _entry_rows(interview, entry)
            if row.value[0] in ("edit", "item")
        ]
    return rows + answers


def answer_rows(interview: Interview, group: str) -> list[Row]:
    """The answers of one part, numbered (an item a row); then filling in what is empty, and the
    way back."""
    entries = _entries(dict(_groups(interview)).get(group, []))
    rows: list[Row] = []
    number = 0
    for entry in entries:
        for row in _entry_rows(interview, entry):
            numbered = row.value[0] != "add"  # “＋ 再添加一项” is an action, like “＋ 逐题补填”
            number += numbered
            rows.append(Row(row.label, row.value, number if numbered else None))
    empty = sum(_is_empty(interview, entry) for entry in entries)
    if empty:
        rows.append(Row(f"＋ 逐题补填未填的{empty}项", ("fill", group)))
    return rows + [Row("← 返回各部分列表", UP)]


def item_rows(interview: Interview, question: ItemQuestion) -> list[Row]:
    """The fields of one item, numbered; then deleting it, and the way back."""
    fields = interview.item_fields(question.loc)
    rows = [Row(_line(interview, q), ("edit", q.key), number) for number, q in enumerate(fields, start=1)]
    return rows + [Row("✗ 删除这一项", DELETE), Row("← 返回", UP)]


def _entries(questions: list[Question]) -> list[Question]:
    """A part's questions as the clerk reviews them: a list of items is one entry, its first
    :class:`ItemQuestion`; the questions of its items belong to it."""
    return [q for q in questions if not q.item and (not isinstance(q, ItemQuestion) or q.index == 0)]


def _entry_rows(interview: Interview, entry: Question) -> list[Row]:
    """A question's row; a list's row per item and a row to add one (just one row to add the
    first when the list is empty)."""
    if not isinstance(entry, ItemQuestion):
        return [Row(_line(interview, entry), ("edit", entry.key))]
    title = interview.title(entry)
    items = interview.progress.stored(entry.list_loc) or []
    if not items:
        return [Row(f"{title}：（未填）", ("edit", entry.key))]
    rows = []
    for index in range(len(items)):
        question = _item_question(interview, key_of((*entry.list_loc, index)))
        rows.append(Row(f"{title} 第{index + 1}项：{interview.item_line(question)}", ("item", question.key)))
    return rows + [Row(f"＋ 再添加一项{title}", ("add", key_of(entry.list_loc)))]


def _review_part(interview: Interview, group: str, start: Any = None) -> None:
    cursor = start
    while group in dict(_groups(interview)):  # a part unticked on the way is gone
        title = f"【{interview.words(group)}】选中一项回车修改："
        choice = menu.choose(title, answer_rows(interview, group), _ANSWERS_HELP, start=cursor, back=True)
        if choice is BACK or choice == UP:
            return
        cursor = choice
        action, target = choice
        if action == "fill":
            _reopen_empty(interview, group)
            interview.fill()
        else:
            _open(interview, choice)


def _open(interview: Interview, choice: tuple[str, str]) -> str:
    """Act on a row: change an answer, open an item, add an item; return the part it is in."""
    action, key = choice
    if action == "item":
        question = _item_question(interview, key)
        _review_item(interview, question)
        return question.group
    if action == "add":
        question = next(q for q in interview.questions() if isinstance(q, ItemQuestion) and key_of(q.list_loc) == key)
        index = interview.progress.add_item(question.list_loc)
        interview.progress.mark(_item_question(interview, key_of((*question.list_loc, index))))  # added: on to its fields
        interview.fill()
        return question.group
    return _edit(interview, key)


def _review_item(interview: Interview, question: ItemQuestion) -> None:
    """An item's fields: change any of them, or delete the item."""
    cursor: Any = None
    while interview.progress.stored(question.loc) is not None:
        title = f"【{interview.words(question.group)} › {interview.title(question)} 第{question.index + 1}项】选中一项回车修改："
        choice = menu.choose(title, item_rows(interview, question), _ANSWERS_HELP, start=cursor, back=True)
        if choice is BACK or choice == UP:
            return
        if choice == DELETE:
            if _delete(interview, question):
                return
            continue
        cursor = choice
        _edit(interview, choice[1])


def _delete(interview: Interview, question: ItemQuestion) -> bool:
    name = f"{interview.title(question)} 第{question.index + 1}项"
    if not prompts.confirm(
        f"删除{name}（{interview.item_line(question)}）吗？", "删除这一项", "不删除"
    ):
        return False
    interview.progress.delete_item(question.list_loc, question.index)
    say(f"  已删除：{name}", "hint")
    return True


def _item_question(interview: Interview, key: str) -> ItemQuestion:
    return next(q for q in interview.questions() if isinstance(q, ItemQuestion) and q.key == key)


def _edit(interview: Interview, key: str) -> str:
    """Ask one question again, then whatever it leaves unanswered (the parts after a new kind, the
    fields of an item just added); return its part."""
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
    item = progress.stored(question.item_loc) if question.item_loc else None
    stored = progress.stored(question.loc)
    if question.loc == TITLE_LOC and stored is None:
        title = interview.document_title()
        return f"{NOT_GIVEN}，将自动生成：{title}" if title else NOT_GIVEN
    return shown(question, stored, item)


def _reopen_empty(interview: Interview, group: str) -> None:
    """Ask again what is empty in the part: its empty questions, and whether to add a first item
    to each empty list (an item's own fields are changed from the item)."""
    for entry in _entries(dict(_groups(interview)).get(group, [])):
        if _is_empty(interview, entry):
            interview.progress.mark(entry, done=False)


def _is_empty(interview: Interview, question: Question) -> bool:
    if isinstance(question, (KindQuestion, SectionsQuestion)):
        return False
    if isinstance(question, ItemQuestion):
        return not interview.progress.stored(question.list_loc)
    return interview.progress.stored(question.loc) in (None, [])

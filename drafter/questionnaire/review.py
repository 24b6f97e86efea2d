"""The review screen: everything entered, part by part; pick any answer to change it."""

from __future__ import annotations

from itertools import groupby

from questionary import Choice, Separator

from drafter.model import KINDS
from drafter.questionnaire import prompts
from drafter.questionnaire.answers import shown
from drafter.questionnaire.flow import Interview
from drafter.questionnaire.questions import (
    META_GROUP,
    KindQuestion,
    Question,
    SectionsQuestion,
    all_section_choices,
)

SAVE = ("save", "")
_PROMPT = "请核对填写的内容。选中一项回车可以修改，核对无误请选第一项“保存”："


def review(interview: Interview) -> None:
    """Show the review screen until the clerk chooses to save; changes are recorded as made."""
    while True:
        choice = prompts.pick(_PROMPT, review_choices(interview))
        if choice == SAVE:
            return
        action, target = choice
        if action == "edit":
            interview.ask(next(q for q in interview.questions() if q.key == target))
        else:
            _reopen_empty(interview, group=target)
        interview.fill()  # whatever is left unanswered: what was reopened, a newly chosen part


def review_choices(interview: Interview) -> list[Choice | Separator]:
    choices: list[Choice | Separator] = [Choice("✔ 核对无误，保存", value=SAVE)]
    for group, members in groupby(interview.questions(), key=lambda q: q.group):
        questions = list(members)
        entered = [q for q in questions if group == META_GROUP or not _is_empty(interview, q)]
        if entered:
            choices.append(Separator(f"── {group} ──"))
            choices += [Choice(f"{q.title}：{_answer(interview, q)}", value=("edit", q.key)) for q in entered]
        missing = len(questions) - len(entered)
        if missing:
            choices.append(Choice(f"＋ 补填：{group}（{missing}项未填）", value=("fill", group)))
    return choices


def _answer(interview: Interview, question: Question) -> str:
    progress = interview.progress
    if isinstance(question, SectionsQuestion):
        titles = all_section_choices()
        return "、".join(titles.get(name, name) for name in progress.sections or [])
    if isinstance(question, KindQuestion):
        return KINDS.get(progress.kind, progress.kind)
    return shown(question, progress.stored(question.loc))


def _reopen_empty(interview: Interview, group: str) -> None:
    for question in interview.questions():
        if question.group == group and _is_empty(interview, question):
            interview.progress.mark(question, done=False)


def _is_empty(interview: Interview, question: Question) -> bool:
    return interview.progress.stored(question.loc) in (None, [])

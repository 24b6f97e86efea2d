"""The prompting loop: ask each question, check the answer, record it, step back on ``<``."""

from __future__ import annotations

from typing import Any

from questionary import Choice

from drafter.model import KINDS, Meta
from drafter.questionnaire import prompts
from drafter.questionnaire.answers import Invalid, item_text, previous_text, typed_text, validated, value_for
from drafter.questionnaire.progress import Progress
from drafter.questionnaire.prompts import BACK, say
from drafter.questionnaire.questions import (
    FieldQuestion,
    FigureQuestion,
    SECTIONS,
    KindQuestion,
    Question,
    SectionsQuestion,
    SentencesQuestion,
    plan,
    section_choices,
)


class Interview:
    """Asks the questions of one data file and records every answer in its progress file."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self._group = ""

    def questions(self) -> list[Question]:
        """All questions for the kind and parts chosen so far."""
        return plan(self.progress.kind, self.progress.sections)

    def fill(self) -> None:
        """Ask the unanswered questions in order. ``<`` steps back one question, answered or not;
        after an answer the loop moves on to the next unanswered one."""
        index = self._next_unanswered(after=-1)
        while index is not None:
            questions = self.questions()
            if self.ask(questions[index], f"第{index + 1}题/共{len(questions)}题"):
                index = self._next_unanswered(after=index)
            elif index == 0:
                say("这已经是第一题了。", "hint")
            else:
                index -= 1

    def _next_unanswered(self, after: int) -> int | None:
        for index, question in enumerate(self.questions()):
            if index > after and not self.progress.is_answered(question):
                return index
        return None

    def ask(self, question: Question, position: str = "") -> bool:
        """Ask one question until it gets a valid answer; ``False`` if the clerk went back."""
        if question.group != self._group:
            self._group = question.group
            say(f"\n【{question.group}】", "group")
        if isinstance(question, FieldQuestion):
            return self._ask_field(question, position)
        if isinstance(question, KindQuestion):
            return self._ask_kind(question)
        if isinstance(question, SectionsQuestion):
            return self._ask_sections(question)
        if isinstance(question, SentencesQuestion):
            return self._ask_sentences(question, position)
        raise TypeError(f"unknown question {question!r}")

    # -- one line of text --------------------------------------------------------------------
    def _ask_field(self, question: FieldQuestion, position: str) -> bool:
        progress = self.progress
        previous = progress.previous.get(question.key) if isinstance(question, FigureQuestion) else None
        self._hint(position, question.hint, *self._figure_hints(question, previous))
        default = typed_text(question, progress.stored(question.loc))
        if not progress.is_answered(question):
            default = default or progress.suggested.get(question.key, "")
        while True:
            answer = prompts.text(_label(question), default)
            if answer is BACK:
                return False
            try:
                value = value_for(question, answer, progress.stored(question.loc), previous)
            except Invalid as problem:
                say(f"  ✗ {problem.message}", "error")
                default = answer
                continue
            progress.record(question, value)
            return True

    @staticmethod
    def _figure_hints(question: FieldQuestion, previous: str | None) -> list[str]:
        if not isinstance(question, FigureQuestion) or question.spec is None:
            return []
        hints = [question.spec.input_help]
        if previous is not None:
            hints.append(f"上年：{previous_text(question, previous)}")
        return hints

    # -- choices -----------------------------------------------------------------------------
    def _ask_kind(self, question: KindQuestion) -> bool:
        current = self.progress.stored(question.loc)
        default = current or self.progress.suggested.get(question.key)
        choices = [Choice(name, value=kind) for kind, name in KINDS.items()]
        answer = prompts.choose(f"{question.title}：", choices, default=default if default in KINDS else None)
        if answer is BACK:
            return False
        if current is not None and answer != current and self.progress.sections is not None:
            self.progress.sections = None  # another kind has other parts: choose them again
            self.progress.mark(SECTIONS, done=False)
        self.progress.record(question, validated(Meta, question.name, answer))
        return True

    def _ask_sections(self, question: SectionsQuestion) -> bool:
        chosen = self.progress.sections or []
        choices = [
            Choice(title, value=name, checked=name in chosen)
            for name, title in section_choices(self.progress.kind).items()
        ]
        while True:
            answer = prompts.check("要填写报告的哪些部分？", choices)
            if answer is BACK:
                return False
            if answer:
                self.progress.choose_sections(question, answer)
                return True
            say("  ✗ 请至少选中一个部分：用上下键移到那一项，按空格键选中，再按回车。", "error")

    # -- sentences ---------------------------------------------------------------------------
    def _ask_sentences(self, question: SentencesQuestion, position: str) -> bool:
        lines: list[Any] = list(self.progress.stored(question.loc) or [])  # text, or a point kept as is
        self._hint(position, question.hint, "每行写一句，回车后写下一句；写完后直接回车（空行）结束")
        if lines:
            self._hint("已有的句子：回车保留，改写后回车替换，清空后回车删除")
        index = 0
        while True:
            default = item_text(lines[index]) if index < len(lines) else ""
            answer = prompts.text(f"{question.title} 第{index + 1}句：", default)
            if answer is BACK:
                if index == 0:
                    return False
                index -= 1
                continue
            answer = answer.strip()
            if answer and answer != default:
                lines[index : index + 1] = [answer]
            if answer:
                index += 1
            elif index < len(lines):
                del lines[index]
            else:
                break
            self.progress.record(question, validated(question.owner, question.name, lines), done=False)
        self.progress.record(question, validated(question.owner, question.name, lines))
        return True

    @staticmethod
    def _hint(*parts: str) -> None:
        text = "  ".join(part for part in parts if part)
        if text:
            say(f"  {text}", "hint")


def _label(question: FieldQuestion) -> str:
    if isinstance(question, FigureQuestion) and question.spec is not None:
        return f"{question.title}（{question.spec.unit}）："
    return f"{question.title}：" if question.required else f"{question.title}（可不填）："

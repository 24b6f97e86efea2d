"""The prompting loop: ask each question, check the answer, record it, step back on ``<``,
skip the rest of a part on ``>``; add, keep or delete the items of a list."""

from __future__ import annotations

from enum import Enum
from typing import Any

from questionary import Choice

from drafter.inputs.clean import is_blank
from drafter.inputs.form_words import Local
from drafter.model import KINDS, Meta
from drafter.model.place import unit_of
from drafter.questionnaire import prompts
from drafter.questionnaire.answers import (
    Invalid,
    checked,
    item_summary,
    item_text,
    previous_text,
    typed_text,
    validated,
    value_for,
)
from drafter.questionnaire.progress import Progress
from drafter.questionnaire.prompts import BACK, SKIP, say
from drafter.questionnaire.questions import (
    META_GROUP,
    FieldQuestion,
    FigureQuestion,
    ItemQuestion,
    SECTIONS,
    KindQuestion,
    Loc,
    Question,
    SectionsQuestion,
    SentencesQuestion,
    field_questions,
    foreign,
    missing_fields,
    plan,
    section_choices,
)


class Step(Enum):
    """Where the questionnaire goes after a question."""

    NEXT = "next"
    BACK = "back"
    SKIP_PART = "skip"


class Interview:
    """Asks the questions of one data file and records every answer in its progress file."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self._group = ""
        self._item = ""

    def questions(self) -> list[Question]:
        """All questions for the kind and parts chosen so far, and the items entered so far."""
        return plan(self.progress.kind, self.progress.sections, self.progress.data)

    def item_fields(self, item_loc: Loc) -> list[Question]:
        """The questions of the fields of the item at ``item_loc``, in model order."""
        return [q for q in self.questions() if q.item_loc == item_loc and not isinstance(q, ItemQuestion)]

    def item_line(self, question: ItemQuestion) -> str:
        """An item entered, on one line: ``春晖路小学，新建，24亩……``."""
        return item_summary(self.item_fields(question.loc), self.progress.stored(question.loc))

    def words(self, text: str) -> str:
        """A model title or help text in the place's words once the district is known (全县, 县级),
        its examples the district's own (青溪县教育局 for 天津市东丽区教育局)."""
        return self.local()(text)

    def local(self) -> Local:
        meta = self.progress.stored(("meta",)) or {}
        district = meta.get("district") if isinstance(meta, dict) else None
        if not district:
            return Local()
        area = (meta.get("phrases") or {}).get("area") if isinstance(meta.get("phrases"), dict) else None
        return Local.of(meta, unit_of(str(district), area))

    def document_title(self) -> str:
        """The title the report will have, once the answers make a report; else empty."""
        import warnings

        from drafter.compose.compose import document_title
        from drafter.errors import DrafterError
        from drafter.inputs import validate_report

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                return document_title(validate_report(self.progress.data))
            except (DrafterError, ValueError):
                return ""

    def title(self, question: Question) -> str:
        """A question's title in the place's words; the report information keeps the neutral
        titles (it is where the place is named: 区（县）)."""
        return question.title if question.group == META_GROUP else self.words(question.title)

    def fill(self) -> None:
        """Ask the unanswered questions in order. ``<`` steps back one question, answered or not;
        ``>`` skips what is left of the part; after an answer the loop moves on to the next
        unanswered one."""
        index = self._next_unanswered(after=-1)
        while index is not None:
            questions = self.questions()
            step = self.ask(questions[index], self._position(questions, index), in_order=True)
            if step is Step.SKIP_PART:
                self._skip_part(questions, index)
            if step is not Step.BACK:
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

    def _position(self, questions: list[Question], index: int) -> str:
        """``第12题/共130题``; in a part also how much of it is left and how to skip it. The choice of
        parts is not numbered: it is not asked when ``--sections`` made it, and the numbers of the
        questions asked stay without a gap either way."""
        if isinstance(questions[index], SectionsQuestion):
            return ""
        numbered = [question for question in questions if not isinstance(question, SectionsQuestion)]
        number = sum(1 for question in questions[: index + 1] if not isinstance(question, SectionsQuestion))
        position = f"第{number}题/共{len(numbered)}题"
        group = questions[index].group
        if group == META_GROUP:
            return position
        left = sum(1 for question in questions[index:] if question.group == group)
        return f"{position}（本部分还剩{left}题，按 > 键跳过本部分）"

    def _skip_part(self, questions: list[Question], index: int) -> None:
        """Mark what is left of the part as answered (skipped), keeping what is already stored;
        an item left without a field it needs (its name) is deleted, and the clerk told so."""
        group = questions[index].group
        for question in questions[index:]:
            if question.group == group:
                self.progress.mark(question)
        say(f"  已跳过：{self.words(group)}", "hint")
        for question in reversed(questions):
            if question.group != group or not isinstance(question, ItemQuestion):
                continue
            entry = self.progress.stored(question.loc)
            missing = missing_fields(question.item_type, entry) if isinstance(entry, dict) else []
            if missing:
                self.progress.delete_item(question.list_loc, question.index)
                say(f"  {self.words(question.title)} 第{question.index + 1}项没有填{'、'.join(missing)}，已删去", "hint")

    def ask(self, question: Question, position: str = "", in_order: bool = False) -> Step:
        """Ask one question until it gets a valid answer. ``in_order``: asked in the flow of the
        questionnaire (not picked from the review screen), where ``>`` may skip the rest of a part."""
        if question.group != self._group:
            self._group = question.group
            say(f"\n【{self.words(question.group)}】", "group")
        if question.item != self._item:
            self._item = question.item
            if question.item:
                say(f"  {self.words(question.item)}", "group")
        skip = in_order and question.group != META_GROUP
        if isinstance(question, FieldQuestion):
            return self._ask_field(question, position, skip)
        if isinstance(question, ItemQuestion):
            return self._ask_item(question, position, skip)
        if isinstance(question, KindQuestion):
            return self._ask_kind(question, position)
        if isinstance(question, SectionsQuestion):
            return self._ask_sections(question, position)
        if isinstance(question, SentencesQuestion):
            return self._ask_sentences(question, position, skip)
        raise TypeError(f"unknown question {question!r}")

    # -- one line of text --------------------------------------------------------------------
    def _ask_field(self, question: FieldQuestion, position: str, skip: bool) -> Step:
        progress = self.progress
        previous = progress.previous.get(question.key) if isinstance(question, FigureQuestion) else None
        item = progress.stored(question.item_loc) if question.item_loc else None
        self._hint(position, self.words(question.hint), *self._figure_hints(question, previous))
        default = typed_text(question, progress.stored(question.loc), item)
        if not progress.is_answered(question):
            default = default or progress.suggested.get(question.key, "")
        while True:
            answer = prompts.text(self.label(question), default, keep=previous, skip=skip)
            if answer is BACK:
                return Step.BACK
            if answer is SKIP:
                return Step.SKIP_PART
            assert isinstance(answer, str)
            try:
                value = value_for(question, answer, progress.stored(question.loc), previous, self._holder(question))
            except Invalid as problem:
                say(f"  ✗ {problem.message}", "error")
                default = answer
                continue
            progress.record(question, value)
            return Step.NEXT

    def _holder(self, question: FieldQuestion) -> Any:
        """What the object the answer goes into holds so far (its item, or the report information
        around 成文日期), for checks that read its other fields."""
        if question.item_loc:
            return self.progress.stored(question.item_loc)
        return self.progress.stored(question.loc[:-1]) if len(question.loc) > 1 else None

    @staticmethod
    def _figure_hints(question: FieldQuestion, previous: str | None) -> list[str]:
        if not isinstance(question, FigureQuestion) or question.spec is None:
            return []
        hints = [question.spec.input_help]
        if previous is not None:
            hints.append(f"上年：{previous_text(question, previous)}（按 Tab 键沿用上年数值）")
        elif not question.item:
            hints.append("有上年的数时写在括号里，报告里写出增减，如 1170（上年1100）")
        return hints

    def label(self, question: Question) -> str:
        """The question as asked: its title, the unit of a figure, whether it may be left empty."""
        title = self.title(question)
        if isinstance(question, FigureQuestion) and question.spec is not None:
            return f"{title}（{question.spec.unit}）：" if question.spec.unit else f"{title}："
        if isinstance(question, FieldQuestion) and not question.required:
            return f"{title}（可不填）："
        return f"{title}："

    # -- choices -----------------------------------------------------------------------------
    def _ask_kind(self, question: KindQuestion, position: str) -> Step:
        self._hint(position)
        current = self.progress.stored(question.loc)
        default = current or self.progress.suggested.get(question.key)
        choices = [Choice(name, value=kind) for kind, name in KINDS.items()]
        answer = prompts.choose(f"{question.title}：", choices, default=default if default in KINDS else None)
        if answer is BACK:
            return Step.BACK
        if current is not None and answer != current and self.progress.sections is not None:
            self.progress.sections = None  # another kind has other parts: choose them again
            self.progress.mark(SECTIONS, done=False)
        self.progress.record(question, validated(Meta, question.name, answer))
        return Step.NEXT

    def _ask_sections(self, question: SectionsQuestion, position: str) -> Step:
        self._hint(position)
        chosen = self.progress.sections if self.progress.sections is not None else self.progress.last_sections
        if self.progress.sections is None and chosen:
            self._hint("已按上年的数据文件选好了上年填写的部分，可以增减")
        kind = self.progress.kind
        choices = [
            Choice(
                f"{self.words(title)}（{'，'.join(filter(None, [foreign(kind, name), f'{len(field_questions(name))}题']))}）",
                value=name,
                checked=name in chosen,
            )
            for name, title in section_choices(kind, self.progress.data, chosen or ()).items()
        ]
        while True:
            answer = prompts.check("要填写报告的哪些部分？", choices)
            if answer is BACK:
                return Step.BACK
            if isinstance(answer, list) and answer:
                self.progress.choose_sections(question, answer)
                return Step.NEXT
            say("  ✗ 请至少选中一个部分：用上下键移到那一项，按空格键选中，再按回车。", "error")

    # -- items of a list -----------------------------------------------------------------------
    def _ask_item(self, question: ItemQuestion, position: str, skip: bool) -> Step:
        """Whether there is an item number ``question.index``: add one, or not; an item already
        entered (reached by going back) is kept or deleted."""
        progress = self.progress
        entry = progress.stored(question.loc)
        title = self.title(question)
        self._hint(position, self.words(question.hint) if question.index == 0 else "")
        if entry:
            message = f"{title} 第{question.index + 1}项（{self.item_line(question)}）："
            choices = [Choice("保留这一项", value=True), Choice("删除这一项", value=False)]
        else:
            message = f"{title}：要添加一项吗？" if question.index == 0 else f"{title}：再添加一项吗？"
            choices = [Choice("不添加", value=False), Choice("添加一项", value=True)]
        answer = prompts.choose(message, choices, skip=skip)
        if answer is BACK:
            return Step.BACK
        if answer is SKIP:
            return Step.SKIP_PART
        if answer and entry is None:
            progress.add_item(question.list_loc)
        elif not answer and entry is not None:
            progress.delete_item(question.list_loc, question.index)
            if entry:
                say(f"  已删除：{title} 第{question.index + 1}项", "hint")
        progress.mark(question)
        return Step.NEXT

    # -- sentences ---------------------------------------------------------------------------
    def _ask_sentences(self, question: SentencesQuestion, position: str, skip: bool) -> Step:
        """A list of sentences, or of lines within an item (获评单位: 第1条, 第2条)."""
        lines: list[Any] = list(self.progress.stored(question.loc) or [])  # text, or a point kept as is
        item = self.progress.stored(question.item_loc) if question.item_loc else None
        noun = "条" if question.item else "句"
        self._hint(position, self.words(question.hint), f"每行写一{noun}，回车后写下一{noun}；写完后直接回车（空行）结束")
        if lines:
            self._hint(f"已有的{'内容' if question.item else '句子'}：回车保留，改写后回车替换，清空后回车删除")
        title = self.title(question)
        index = 0
        while True:
            default = item_text(lines[index]) if index < len(lines) else ""
            answer = prompts.text(f"{title} 第{index + 1}{noun}：", default, skip=skip)
            if answer is SKIP:
                break  # the sentences written so far stay
            if answer is BACK:
                if index == 0:
                    return Step.BACK
                index -= 1
                continue
            assert isinstance(answer, str)
            answer = "" if is_blank(answer) else answer.strip()
            if answer and answer != default:
                lines[index : index + 1] = [answer]
            if answer:
                index += 1
            elif index < len(lines):
                del lines[index]
            else:
                break
            self.progress.record(question, checked(question, lines, item), done=False)
        self.progress.record(question, checked(question, lines, item))
        return Step.SKIP_PART if answer is SKIP else Step.NEXT

    @staticmethod
    def _hint(*parts: str) -> None:
        text = "  ".join(part for part in parts if part)
        if text:
            say(f"  {text}", "hint")

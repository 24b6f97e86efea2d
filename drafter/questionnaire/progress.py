"""The progress file: every answer, written to disk the moment it is given.

It sits next to the data file (``mine.json`` → ``mine.json.progress``) and holds the data file as
filled so far, which questions were answered (a skipped question is answered too), the chosen
parts, and what ``--from`` brought. Writes are atomic, so Ctrl-C, a closed terminal or a crash
never leaves a half-written file; it is removed only after the data file itself is written.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from drafter.atomic import write_text_atomic
from drafter.errors import DrafterError
from drafter.questionnaire.questions import KIND_LOC, Loc, Question, key_of, value_at

FORMAT = "drafter ask 进度"

__all__ = ["Progress", "progress_path", "value_at"]


def progress_path(output: Path) -> Path:
    return output.with_name(output.name + ".progress")


@dataclass
class Progress:
    path: Path
    #: The data file as filled so far, in the form ``drafter build`` reads.
    data: dict[str, Any] = field(default_factory=dict)
    #: Keys of the questions answered, skipped ones included.
    answered: list[str] = field(default_factory=list)
    #: The chosen parts of the report; ``None`` until chosen.
    sections: list[str] | None = None
    #: Last year's values (``--from``): figure key → value, stored as this year's previous value.
    previous: dict[str, str] = field(default_factory=dict)
    #: Suggested answers (``--from``): meta key → text, offered as the default.
    suggested: dict[str, str] = field(default_factory=dict)
    #: The parts last year's data file filled (``--from``): ticked when the parts are first asked.
    last_sections: list[str] = field(default_factory=list)

    # -- reading answers ---------------------------------------------------------------------
    def is_answered(self, question: Question) -> bool:
        return question.key in self.answered

    def stored(self, loc: Loc) -> Any:
        return value_at(self.data, loc)

    def counted(self) -> str:
        """How far the clerk got, in words: ``已回答 8 题，跳过 2 题`` (a question skipped is
        passed, not answered; the choices of parts and of adding an item are no answers)."""
        answered = skipped = 0
        for key in self.answered:
            loc = tuple(int(step) if step.isdigit() else step for step in key.split("."))
            if key == "sections" or isinstance(loc[-1], int):
                continue
            if self.stored(loc) in (None, "", [], {}):
                skipped += 1
            else:
                answered += 1
        return f"已回答 {answered} 题" + (f"，跳过 {skipped} 题" if skipped else "")

    @property
    def kind(self) -> str:
        return str(self.stored(KIND_LOC) or "summary")

    # -- recording answers -------------------------------------------------------------------
    def record(self, question: Question, value: Any, done: bool = True) -> None:
        """Store an answer (``None`` removes it) and write the progress file at once."""
        if value is None or value == []:
            self._drop(question.loc)
        else:
            self._put(question.loc, value)
        self.mark(question, done)

    def choose_sections(self, question: Question, sections: list[str]) -> None:
        self.sections = sections
        self.mark(question)

    def mark(self, question: Question, done: bool = True) -> None:
        if done and question.key not in self.answered:
            self.answered.append(question.key)
        if not done and question.key in self.answered:
            self.answered.remove(question.key)
        self.save()

    # -- items of a list ---------------------------------------------------------------------
    def add_item(self, list_loc: Loc) -> int:
        """Append an empty item to the list at ``list_loc``; return its index. Its questions, and
        whether to add one more after it, are unanswered (whatever an earlier item there left)."""
        items = value_at(self.data, list_loc)
        index = len(items) if isinstance(items, list) else 0
        self._put(list_loc, [*(items or []), {}])
        self._forget(key_of((*list_loc, index)))
        self._forget(key_of((*list_loc, index + 1)))
        self.save()
        return index

    def delete_item(self, list_loc: Loc, index: int) -> None:
        """Delete item ``index``; the answers recorded for the items after it move up with them."""
        items = list(value_at(self.data, list_loc) or [])
        del items[index]
        if items:
            self._put(list_loc, items)
        else:
            self._drop(list_loc)
        prefix = key_of(list_loc) + "."
        moved: list[str] = []
        for key in self.answered:
            if not key.startswith(prefix):
                moved.append(key)
                continue
            number, dot, rest = key[len(prefix) :].partition(".")
            if int(number) != index:
                moved.append(prefix + str(int(number) - (int(number) > index)) + dot + rest)
        self.answered = list(dict.fromkeys(moved))
        self.save()

    def _forget(self, key: str) -> None:
        """The question ``key`` and every question below it are unanswered."""
        self.answered = [k for k in self.answered if k != key and not k.startswith(key + ".")]

    # -- the data ----------------------------------------------------------------------------
    def _put(self, loc: Loc, value: Any) -> None:
        node: Any = self.data
        for step, following in zip(loc[:-1], loc[1:]):
            if isinstance(node, dict):
                node = node.setdefault(step, [] if isinstance(following, int) else {})
            else:
                node = node[step]
        node[loc[-1]] = value

    def _drop(self, loc: Loc) -> None:
        """Remove the value at ``loc`` and the objects it leaves empty; an item of a list stays
        (empty) until it is deleted."""
        parents: list[Any] = [self.data]
        for step in loc[:-1]:
            child = value_at(parents[-1], (step,))
            if not isinstance(child, (dict, list)):
                return
            parents.append(child)
        if isinstance(parents[-1], dict):
            parents[-1].pop(loc[-1], None)
        for step, parent in zip(reversed(loc[:-1]), reversed(parents[:-1])):
            if not isinstance(parent, dict) or parent.get(step) not in ({}, []):
                return
            del parent[step]

    # -- the file ----------------------------------------------------------------------------
    def save(self) -> None:
        content = {"格式": FORMAT, **{k: v for k, v in asdict(self).items() if k != "path"}}
        write_text_atomic(self.path, json.dumps(content, ensure_ascii=False, indent=1) + "\n")

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)

    @classmethod
    def load(cls, path: Path) -> "Progress":
        try:
            content = json.loads(path.read_text(encoding="utf-8"))
            if content.pop("格式", None) != FORMAT:
                raise ValueError
            return cls(path=path, **content)
        except (OSError, ValueError, TypeError):
            raise DrafterError.single(
                "进度文件无法读取", str(path), "删除这个文件后重新运行 drafter ask（已填的答案会丢失）"
            ) from None

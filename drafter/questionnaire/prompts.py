"""The terminal: questionary prompts in Chinese, with ``<`` to go back.

Prompts read from and write to the current prompt_toolkit app session, so tests can drive them
with pipe input. Ctrl-C raises ``KeyboardInterrupt`` and Ctrl-D ``EOFError``; the caller decides
what they mean.
"""

from __future__ import annotations

from typing import Any, Sequence

import questionary
from prompt_toolkit import print_formatted_text
from prompt_toolkit.application import get_app
from prompt_toolkit.filters import Condition
from prompt_toolkit.key_binding import KeyBindings, KeyBindingsBase
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.styles import Style
from questionary import Choice
from questionary.constants import DEFAULT_STYLE

#: An answer ending in one of these returns to the previous question: ``<`` alone, or typed after
#: a pre-filled answer (no need to clear it first). A Chinese input method turns the ``<`` key
#: into ``《``, so that counts too; no figure or sentence ends in them.
BACK_WORDS = ("<", "＜", "《")


#: A key that, pressed in an empty answer, skips the rest of the part (``》`` from a Chinese
#: input method). Only in an empty answer: a sentence may well contain or end in 》.
SKIP_KEYS = (">", "＞", "》")
#: The key that keeps last year's value as this year's.
KEEP_KEY = "tab"


class Back:
    """The answer “go back to the previous question”."""


class Skip:
    """The answer “skip the rest of this part”."""


BACK = Back()
SKIP = Skip()

STYLE = Style.from_dict(
    {
        "group": "bold",
        "hint": "#888888",
        "error": "#cc0000 bold",
        "done": "#008700",
    }
)
_SELECT_HELP = "（上下键选择，回车确认；输入 < 返回上一题）"
_PICK_HELP = "（上下键选择，回车确认）"
_CHECKBOX_HELP = "（上下键移动，空格键选中或取消，a 全选，回车确认；输入 < 返回上一题）"


def say(text: str, kind: str = "") -> None:
    """Print a line: ``kind`` is ``group``, ``hint``, ``error``, ``done`` or plain."""
    print_formatted_text(FormattedText([(f"class:{kind}" if kind else "", text)]), style=STYLE)


def text(message: str, default: str = "", keep: str | None = None, skip: bool = False) -> str | Back | Skip:
    """A line of text; ``<`` at its end goes back. ``keep``: the Tab key answers it (last year's
    value); ``skip``: ``>`` in an empty answer skips the rest of the part."""
    bindings = KeyBindings()
    if keep is not None:

        @bindings.add(KEEP_KEY)
        def _keep(event: Any) -> None:
            event.current_buffer.text = keep
            event.current_buffer.validate_and_handle()

    if skip:
        empty = Condition(lambda: not get_app().current_buffer.text)
        for key in SKIP_KEYS:

            @bindings.add(key, filter=empty)
            def _skip(event: Any) -> None:
                event.current_buffer.text = "（跳过这一部分）"
                event.app.exit(result=SKIP)

    # unsafe_ask: questionary's ask() swallows Ctrl-C and returns None, which would read as a
    # skipped answer; we need the interrupt to stop the questionnaire.
    answer = questionary.text(message, default=default, key_bindings=bindings).unsafe_ask()
    if isinstance(answer, Skip):
        return answer
    return BACK if answer.strip().endswith(BACK_WORDS) else answer


def choose(message: str, choices: Sequence[Choice], default: Any = None, skip: bool = False) -> Any:
    """One of the choices' values, or :data:`BACK`; ``skip``: ``>`` skips the rest of the part
    (:data:`SKIP`)."""
    question = questionary.select(message, choices=list(choices), default=default, instruction=_SELECT_HELP)
    if skip:
        for key in SKIP_KEYS:

            @_bindings(question).add(key, eager=True)
            def _skip(event: Any) -> None:
                event.app.exit(result=SKIP)

    return _with_back(question).unsafe_ask()


def pick(message: str, choices: Sequence[Choice | questionary.Separator]) -> Any:
    """One of the choices' values (no going back from here)."""
    return questionary.select(message, choices=list(choices), instruction=_PICK_HELP).unsafe_ask()


def check(message: str, choices: Sequence[Choice]) -> list[Any] | Back:
    """The values of the ticked choices, or :data:`BACK`."""
    # questionary sums up the answer in English (“done (3 selections)”): erase the list when
    # done and write the answer ourselves.
    question = questionary.checkbox(
        message, choices=list(choices), instruction=_CHECKBOX_HELP, erase_when_done=True
    )
    answer = _with_back(question).unsafe_ask()
    if not isinstance(answer, Back):
        titles = [str(choice.title) for choice in choices if choice.value in answer]
        line = [("class:qmark", "?"), ("class:question", f" {message} "), ("class:answer", "、".join(titles))]
        print_formatted_text(FormattedText(line), style=DEFAULT_STYLE)
    return answer


def _with_back(question: questionary.Question) -> questionary.Question:
    # Lists take no typed text, so ``<`` (or what a Chinese input method makes of it) is a key
    # binding here; prompt_toolkit prefers a binding for the exact key over questionary's
    # catch-all one that swallows other keys.
    for key in BACK_WORDS:

        @_bindings(question).add(key, eager=True)
        def _back(event: Any) -> None:
            event.app.exit(result=BACK)

    return question


def confirm(message: str, yes: str, no: str) -> bool:
    """A yes/no question with both answers spelled out: questionary's own confirm prints its answer
    in English (“Yes”/“No”)."""
    return bool(pick(message, [Choice(yes, value=True), Choice(no, value=False)]))


def _bindings(question: questionary.Question) -> KeyBindings:
    """The key bindings of a question's application (questionary always gives it a set to add to)."""
    bindings: KeyBindingsBase | None = question.application.key_bindings
    assert isinstance(bindings, KeyBindings)
    return bindings

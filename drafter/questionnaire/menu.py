"""A long list to move in quickly: the review screen's prompt.

questionary's ``select`` moves one row per key press and searches only by ASCII letters; a review
of a hundred answers needs more. Here:

* ↑ ↓ move, PgUp PgDn page, Home End jump to the ends; the list scrolls within the window;
* digits jump to the row with that number (``12`` → row 12);
* any other text — Chinese included, typed with an input method or pasted — keeps the rows whose
  label contains it, and rows marked ``found_only`` appear only then (the review's answers of all
  parts, found from the list of parts);
* Enter chooses, ``<`` (or ``《``) or Esc goes back when the caller allows it, Backspace undoes
  the last typed character.

Ctrl-C raises ``KeyboardInterrupt`` and a closed input ``EOFError``, as for every other prompt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from prompt_toolkit.application import Application, get_app
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.keys import Keys
from prompt_toolkit.layout import FormattedTextControl, HSplit, Layout, Window
from prompt_toolkit.styles import Style

from drafter.console import columns
from drafter.questionnaire.prompts import BACK, BACK_WORDS

STYLE = Style.from_dict(
    {
        "question": "bold",
        "instruction": "#888888",
        "pointer": "#ff9d00 bold",
        "current": "reverse",
        "number": "#888888",
        "more": "#888888",
        "found": "#008700",
        "not-found": "#cc0000",
    }
)
#: Lines the menu takes besides its rows: the question, the instruction, the line below the rows.
_CHROME = 4


@dataclass(frozen=True)
class Row:
    """One row of the menu: ``number`` (if any) can be typed to jump to it."""

    label: str
    value: Any
    number: int | None = None
    #: Shown only while the clerk types something to find.
    found_only: bool = False


class Menu:
    """The state of one menu on screen: rows, the row under the cursor, what was typed."""

    def __init__(self, rows: Sequence[Row], start: Any = None) -> None:
        self.rows = list(rows)
        self.typed = ""
        self.top = 0
        shown = self.shown()
        self.cursor = next((i for i, row in enumerate(shown) if row.value == start), 0)

    # -- which rows ----------------------------------------------------------------------------
    def shown(self) -> list[Row]:
        """The rows on the list now: all (but ``found_only``) rows, or those matching the typed text."""
        if not self.typed or self.typed.isdigit():
            return [row for row in self.rows if not row.found_only]
        words = self.typed.casefold()
        return [row for row in self.rows if words in row.label.casefold()]

    def current(self) -> Row | None:
        shown = self.shown()
        return shown[self.cursor] if shown else None

    # -- keys ----------------------------------------------------------------------------------
    def move(self, step: int) -> None:
        self.cursor = max(0, min(len(self.shown()) - 1, self.cursor + step))

    def type(self, text: str) -> None:
        self.typed += "".join(char for char in text if char.isprintable())
        self._follow_typed()

    def erase(self) -> None:
        self.typed = self.typed[:-1]
        self._follow_typed()

    def _follow_typed(self) -> None:
        shown = self.shown()
        if self.typed.isdigit():
            number = int(self.typed)
            self.cursor = next((i for i, row in enumerate(shown) if row.number == number), self.cursor)
        elif self.cursor >= len(shown) or self.typed:
            self.cursor = 0

    # -- drawing -------------------------------------------------------------------------------
    def lines(self, height: int, width: int) -> StyleAndTextTuples:
        """The rows that fit in ``height`` lines, the cursor's row among them, and a status line."""
        shown = self.shown()
        height = max(3, height)
        self.top = min(max(self.top, self.cursor - height + 1), self.cursor)
        self.top = max(0, min(self.top, len(shown) - height))
        tokens: StyleAndTextTuples = []
        for index in range(self.top, min(self.top + height, len(shown))):
            row = shown[index]
            here = index == self.cursor
            number = f"{row.number:>3}. " if row.number is not None else "     "
            label = _clipped(row.label, width - 2 - columns(number))
            tokens += [
                ("class:pointer", "» " if here else "  "),
                ("class:number", number),
                ("class:current" if here else "", label),
                ("", "\n"),
            ]
        tokens += self._status(shown, height)
        return tokens

    def _status(self, shown: list[Row], height: int) -> StyleAndTextTuples:
        parts: StyleAndTextTuples = []
        if len(shown) > height:
            last = min(self.top + height, len(shown))
            parts.append(("class:more", f"  （第{self.top + 1}—{last}行，共{len(shown)}行；PgUp/PgDn 翻页）"))
        if self.typed and not self.typed.isdigit():
            found = f"找到{len(shown)}项" if shown else "没有找到"
            style = "class:found" if shown else "class:not-found"
            parts.append((style, f"  查找“{self.typed}”：{found}（Backspace 删除一个字）"))
        elif self.typed:
            parts.append(("class:found", f"  第{self.typed}项"))
        return parts


def choose(message: str, rows: Sequence[Row], instruction: str, start: Any = None, back: bool = False) -> Any:
    """The value of the row chosen, or :data:`BACK` (when ``back``) for ``<``/Esc."""
    menu = Menu(rows, start)
    bindings = KeyBindings()

    def page() -> int:
        return max(3, get_app().output.get_size().rows - _CHROME)

    @bindings.add(Keys.Up)
    def _up(event: KeyPressEvent) -> None:
        menu.move(-1)

    @bindings.add(Keys.Down)
    def _down(event: KeyPressEvent) -> None:
        menu.move(1)

    @bindings.add(Keys.PageUp)
    def _page_up(event: KeyPressEvent) -> None:
        menu.move(-page())

    @bindings.add(Keys.PageDown)
    def _page_down(event: KeyPressEvent) -> None:
        menu.move(page())

    @bindings.add(Keys.Home)
    def _home(event: KeyPressEvent) -> None:
        menu.move(-len(menu.rows))

    @bindings.add(Keys.End)
    def _end(event: KeyPressEvent) -> None:
        menu.move(len(menu.rows))

    @bindings.add(Keys.Backspace)
    def _erase(event: KeyPressEvent) -> None:
        menu.erase()

    @bindings.add(Keys.Any)
    @bindings.add(Keys.BracketedPaste)
    def _type(event: KeyPressEvent) -> None:
        if event.data not in BACK_WORDS:
            menu.type(event.data)
        elif back:
            event.app.exit(result=BACK)

    @bindings.add(Keys.Escape, eager=True)
    def _escape(event: KeyPressEvent) -> None:
        if menu.typed:
            menu.typed = ""
            menu.move(0)
        elif back:
            event.app.exit(result=BACK)

    @bindings.add(Keys.Enter)
    def _choose(event: KeyPressEvent) -> None:
        row = menu.current()
        if row is not None:
            event.app.exit(result=row.value)

    @bindings.add(Keys.ControlC)
    def _interrupt(event: KeyPressEvent) -> None:
        event.app.exit(exception=KeyboardInterrupt)

    def tokens() -> StyleAndTextTuples:
        size = get_app().output.get_size()
        head: StyleAndTextTuples = [
            ("class:question", f"? {message}\n"),
            ("class:instruction", f"  {instruction}\n"),
        ]
        return head + menu.lines(size.rows - _CHROME, size.columns)

    application: Application[Any] = Application(
        layout=Layout(HSplit([Window(FormattedTextControl(tokens, show_cursor=False), wrap_lines=False)])),
        key_bindings=bindings,
        style=STYLE,
        erase_when_done=True,
    )
    result: Any = application.run()
    return result


def _clipped(text: str, width: int) -> str:
    """``text`` cut to ``width`` columns, ending in ``…`` when cut."""
    if columns(text) <= width:
        return text
    kept = ""
    for char in text:
        if columns(kept + char) > width - 1:
            break
        kept += char
    return kept + "…"


"""Text the clerk types, cleaned the same way everywhere.

* :data:`Line` — one line of text (a name, a heading, a 主送机关): a line break in it is a paste
  artefact, so its lines are joined (``县政府\n教育督导室`` → ``县政府教育督导室``).
* :data:`Sentences` — a list of sentences; each line of an item is a sentence of its own (a
  sentence typed with Alt+Enter in a cell is two), blank ones are dropped, each is stripped.
* :data:`OptionalText` — one optional line; blank means “not given”.
* :data:`OptionalTitle` — a document title, whose line breaks say where the clerk wants it to
  wrap (GB/T 9704 7.3.1); each line is stripped, blank lines are dropped.
* :func:`without_end_mark` — a phrase to be written inside a sentence, its own 。；， dropped.
* :func:`quoted` — the clerk's text as a message quotes it: short, on one line.
"""

from typing import Annotated, Any, Optional

from pydantic import AfterValidator


#: Characters no reader sees: control characters (but tab, line feed, carriage return), the
#: noncharacters U+FFFE/U+FFFF, lone surrogates, and the bidirectional embeddings, overrides and
#: isolates, one of which silently reverses the text around it.
UNSEEN = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff\u202a-\u202e\u2066-\u2069"

#: Marks that end a sentence or clause, as clerks type them.
END_MARKS = "。；;，,"


def without_end_mark(text: str) -> str:
    """``已竣工投入使用。`` → ``已竣工投入使用``: a phrase the program places inside its own sentence."""
    return text.strip().rstrip(END_MARKS)


#: Characters of the clerk's text a message quotes, at most.
MAX_QUOTED = 40


def quoted(value: Any, most: int = MAX_QUOTED) -> str:
    """``value`` as a message quotes it: at most ``most`` characters, line breaks and other
    unprintable characters written as ``\\n``, ``\\u200b`` (so a message stays one line)."""
    text = str(value)
    text = text if len(text) <= most else text[: most - 1] + "…"
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _word_char(char: str) -> bool:
    return char.isascii() and char.isalnum()


def one_line(text: str) -> str:
    """The text on one line: its lines stripped and joined, with a space only between two
    Latin words or numbers (``Wi-Fi\n6`` → ``Wi-Fi 6``, ``县政府\n# 注入`` → ``县政府# 注入``)."""
    pieces: list[str] = []
    for line in _lines(text):
        if pieces and _word_char(pieces[-1][-1]) and _word_char(line[0]):
            pieces.append(" ")
        pieces.append(line)
    return "".join(pieces)


def _each_line_a_sentence(items: list[str]) -> list[str]:
    return [line for item in items for line in _lines(item)]


def _blank_is_none(value: Optional[str]) -> Optional[str]:
    return (one_line(value) or None) if value is not None else None


def _title_lines(value: Optional[str]) -> Optional[str]:
    return ("\n".join(_lines(value)) or None) if value is not None else None


#: One line of text the clerk typed: a name, a heading, a unit, a 主送机关.
Line = Annotated[str, AfterValidator(one_line)]

#: The clerk's own sentences, one per item and one per line of an item; blank ones are dropped.
Sentences = Annotated[list[str], AfterValidator(_each_line_a_sentence)]

#: An optional line of text; an empty or blank answer counts as not given.
OptionalText = Annotated[Optional[str], AfterValidator(_blank_is_none)]

#: An optional title; a line break in it is where the title wraps.
OptionalTitle = Annotated[Optional[str], AfterValidator(_title_lines)]

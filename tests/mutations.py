"""Broken data files made from the examples, for the fuzz test and ``bench/fuzz.py``.

Each case takes one example and applies one to three mutations at random places: drop, duplicate
or rename a key; give a value of another type; insert control characters or unusual Unicode;
very long strings; huge numbers, NaN; nesting 40 or 10,000 deep; a key written twice. The
random generator is seeded, so a case number names the same file on every machine.
"""

from __future__ import annotations

import contextlib
import io
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

import docx

from drafter.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

#: Numbers no report has. The model's amount parser gives their range messages.
HUGE_NUMBERS = ("1e308", "1" + "0" * 400, "9" * 5000, "1e999999999", "-1e999999999", "1e-999999999")
NOT_NUMBERS = ("NaN", "Infinity", "-Infinity")
INVISIBLE = ("\x00", "\x01", "\x08", "\x0b", "\x1b", "\x7f", "\x85", "\x9f", "\ufffe", "\uffff", "\ud800", "\udfff", "\u202a", "\u202e", "\u2066", "\u2069")
ODD_UNICODE = ("👩\u200d🏫", "e\u0301", "１２３", "\u200b", "\ufeff", "𠀀", "\U0010ffff", "\u3000", "\r\n", "\t", "\n# 标题", "{{ 1 }}", "</w:t>", "&amp;")
OTHER_VALUES: tuple[Any, ...] = (None, True, False, 0, -1, 1.5, "", " ", "文字", "12万", "约280余", "50%", "2024-13-45", [], {}, [1, 2], ["a", 1, None], {"value": 1}, {"x": "y"})


@dataclass(frozen=True)
class Case:
    number: int
    example: str
    mutations: tuple[str, ...]
    text: str

    def __str__(self) -> str:
        return f"case {self.number} ({self.example}: {'; '.join(self.mutations)})"


Spot = tuple[Any, Any]  # (container, key or index)


def cases(count: int, seed: int = 2024, huge_numbers: bool = True) -> Iterator[Case]:
    """``count`` broken data files; ``huge_numbers=False`` leaves out :data:`HUGE_NUMBERS`."""
    examples = sorted(EXAMPLES.glob("*.json"))
    texts = {path.name: path.read_text(encoding="utf-8") for path in examples}
    mutations = list(MUTATIONS.items()) if huge_numbers else [m for m in MUTATIONS.items() if m[0] != "huge number"]
    for number in range(count):
        rng = random.Random(f"{seed}-{number}")
        name = rng.choice(sorted(texts))
        data = json.loads(texts[name])
        raw: dict[str, str] = {}
        done = []
        for _ in range(rng.choice((1, 1, 2, 3))):
            label, mutate = rng.choice(mutations)
            spot, path = rng.choice(_spots(data))
            done.append(f"{label} at {path}: {mutate(rng, spot, raw)}")
        yield Case(number, name, tuple(done), _dump(data, raw, rng))


# -- where to mutate -------------------------------------------------------------------------
def _spots(data: Any) -> list[tuple[Spot, str]]:
    """Every place in ``data`` with its path (``education.preschool.highlights[1]``)."""
    found: list[tuple[Spot, str]] = []
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        node, path = stack.pop()
        if isinstance(node, dict):
            items = [(key, f"{path}.{key}".lstrip(".")) for key in node]
        elif isinstance(node, list):
            items = [(index, f"{path}[{index}]") for index in range(len(node))]
        else:
            continue
        for key, inner in items:
            found.append(((node, key), inner))
            stack.append((node[key], inner))
    return found


# -- the mutations ---------------------------------------------------------------------------
def _drop(rng: random.Random, spot: Spot, raw: dict[str, str]) -> str:
    container, key = spot
    del container[key]
    return "dropped"


def _duplicate(rng: random.Random, spot: Spot, raw: dict[str, str]) -> str:
    container, key = spot
    if isinstance(container, list):
        container.insert(key, container[key])
        return "list item twice"
    marker = _marker(raw, json.dumps(str(key)) + ": " + json.dumps(container[key], ensure_ascii=False) + ", " + json.dumps(str(key)))
    container[marker] = container.pop(key)
    return "key written twice"


def _rename(rng: random.Random, spot: Spot, raw: dict[str, str]) -> str:
    container, key = spot
    if not isinstance(container, dict):
        return "kept (a list item)"
    new = rng.choice((key[:-1], key.upper(), key + " ", key.replace("_", ""), "新字段", key + "\x01"))
    container[new] = container.pop(key)
    return f"renamed to {new!r}"


def _retype(rng: random.Random, spot: Spot, raw: dict[str, str]) -> str:
    container, key = spot
    value = rng.choice(OTHER_VALUES)
    container[key] = json.loads(json.dumps(value))
    return f"value {value!r}"


def _insert(chars: tuple[str, ...]) -> Callable[[random.Random, Spot, dict[str, str]], str]:
    def mutate(rng: random.Random, spot: Spot, raw: dict[str, str]) -> str:
        container, key = spot
        char = rng.choice(chars)
        value = container[key]
        if isinstance(value, str):
            at = rng.randrange(len(value) + 1)
            container[key] = value[:at] + char + value[at:]
        elif isinstance(value, dict) and value:
            inner = rng.choice(list(value))
            value[f"{inner}{char}"] = value.pop(inner)
        else:
            container[key] = char
        return f"{char!r} inserted"

    return mutate


def _long(rng: random.Random, spot: Spot, raw: dict[str, str]) -> str:
    container, key = spot
    container[key] = rng.choice(("很长的句子。" * 20_000, "x" * 100_000, "标题" * 200))
    return "long string"


def _deep(rng: random.Random, spot: Spot, raw: dict[str, str]) -> str:
    container, key = spot
    depth = rng.choice((40, 10_000))
    opening, closing = rng.choice((("[", "]"), ('{"a": ', "}")))
    container[key] = _marker(raw, opening * depth + json.dumps(container[key], ensure_ascii=False) + closing * depth)
    return f"nested {depth} deep"


def _number(choices: tuple[str, ...]) -> Callable[[random.Random, Spot, dict[str, str]], str]:
    def mutate(rng: random.Random, spot: Spot, raw: dict[str, str]) -> str:
        container, key = spot
        number = rng.choice(choices)
        container[key] = _marker(raw, number)
        return f"number {number[:12]}{'…' if len(number) > 12 else ''}"

    return mutate


MUTATIONS: dict[str, Callable[[random.Random, Spot, dict[str, str]], str]] = {
    "drop": _drop,
    "duplicate": _duplicate,
    "rename": _rename,
    "retype": _retype,
    "control character": _insert(INVISIBLE),
    "unusual unicode": _insert(ODD_UNICODE),
    "long string": _long,
    "deep nesting": _deep,
    "huge number": _number(HUGE_NUMBERS),
    "not a number": _number(NOT_NUMBERS),
}


# -- writing the file ------------------------------------------------------------------------
def _marker(raw: dict[str, str], text: str) -> str:
    """A placeholder replaced by ``text`` verbatim when the file is written."""
    marker = f"@@raw{len(raw)}@@"
    raw[marker] = text
    return marker


def _dump(data: Any, raw: dict[str, str], rng: random.Random) -> str:
    try:
        text = json.dumps(data, ensure_ascii=False, indent=rng.choice((None, 2)))
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: only a \u escape can write it
        text = json.dumps(data, indent=2)
    for marker, value in reversed(raw.items()):  # later markers may sit inside earlier ones' text
        text = text.replace(json.dumps(marker), value)
    return text


# -- running a case --------------------------------------------------------------------------
_CHINESE = re.compile("[\u4e00-\u9fff]")


def check(case: Case, folder: Path) -> str | None:
    """Build ``case`` in ``folder`` with the CLI (in-process); what went wrong, or ``None``.

    Right is: exit 0 and a .docx python-docx opens, or exit 1 and a Chinese message naming the
    data file and no file;
    never "内部出错" or a traceback, the data file unchanged and no other file left behind.
    """
    source = folder / "data.json"
    source.write_text(case.text, encoding="utf-8", errors="surrogatepass")
    before = source.read_bytes()
    output = folder / "out.docx"
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["build", str(source), "-o", str(output)])
        except BaseException as exc:  # noqa: BLE001 - anything escaping main is the finding
            return f"{type(exc).__name__} escaped main: {exc}"[:500]
    message = err.getvalue()
    left = sorted(p.name for p in folder.iterdir() if p.name not in ("data.json", "out.docx"))
    problem = None
    if source.read_bytes() != before:
        problem = "the data file changed"
    elif left:
        problem = f"files left behind: {left}"
    elif "内部出错" in message or "Traceback" in message:
        problem = message
    elif code == 0:
        try:
            docx.Document(str(output))
        except Exception as exc:  # noqa: BLE001
            problem = f"the .docx does not open: {exc}"
    elif code != 1 or not _named_chinese_lines(message) or "错误：" not in message:
        problem = f"exit {code}: {message[:300]}"
    elif output.exists():
        problem = f"exit 1 but {output.name} was written"
    for path in folder.iterdir():
        path.unlink()
    return problem


def _named_chinese_lines(message: str) -> bool:
    """Every line a Chinese 错误/注意 naming the data file (and so the field or line in it)."""
    lines = message.splitlines()
    return bool(lines) and all(
        line.startswith(("错误：", "注意：")) and _CHINESE.search(line) and "data.json" in line for line in lines
    )

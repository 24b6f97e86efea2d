"""How much one document's templates may do: work, text, time and memory.

A template set comes from outside, so rendering is bounded however the templates are written:

* **work** — every loop iteration, call and filter costs steps (a call that reads a long text,
  a macro, an include cost more), and a document has :data:`LOOP_LIMIT` steps;
* **text** — no value a template makes, and not the whole document, may be longer than
  :attr:`Budget.text_limit` characters: :data:`OUTPUT_LIMIT` plus a multiple of the report's
  own text, so a report with a thousand long sentences still builds;
* **time** — :data:`DEADLINE` seconds, checked in the same places;
* **memory** — where the platform offers it (Linux), the address space may grow by at most
  :data:`MEMORY_HEADROOM` while templates render, a backstop behind the checks above.

A limit that is hit raises :class:`RunawayTemplate` with a Chinese message.
"""

from __future__ import annotations

import os
import time
from contextlib import contextmanager
from typing import Iterator

#: Characters a document may write besides its data; a whole built-in report is ~20,000.
OUTPUT_LIMIT = 200_000
#: How many times its own text a report may write out (a sentence is written once or twice).
DATA_FACTOR = 4
#: Steps (loop iterations, calls, filters) one document may take.
LOOP_LIMIT = 1_000_000
#: Characters a call may read for one step.
CHARS_PER_STEP = 100
#: Steps a call of a macro costs (jinja's macro calls are slow), and an include or import.
MACRO_STEPS = 20
TEMPLATE_STEPS = 50
#: Seconds one document's templates may run.
DEADLINE = 30.0
#: Bytes of address space rendering may add (Linux only).
MEMORY_HEADROOM = 512 * 1024 * 1024

HINT = "可能是循环没有结束；请检查模板里的 for 循环、range 和宏"


class RunawayTemplate(Exception):
    """A template exceeded a limit; the message says which, in Chinese."""


class Budget:
    """What is left for one document."""

    def __init__(self, data_weight: int = 0) -> None:
        self.text_limit = OUTPUT_LIMIT + DATA_FACTOR * data_weight
        self.steps = 0
        self.written = 0
        self.deadline = time.monotonic() + DEADLINE

    def step(self, cost: int = 1) -> None:
        self.steps += cost
        if self.steps > LOOP_LIMIT:
            raise RunawayTemplate(f"模板里的循环超过{LOOP_LIMIT}次（循环、宏和过滤器的调用一起计数），已停止")
        if time.monotonic() > self.deadline:
            raise RunawayTemplate(f"模板运行超过{DEADLINE:.0f}秒，已停止")

    def read(self, chars: int) -> None:
        """Charge for a call that reads ``chars`` characters."""
        self.step(1 + chars // CHARS_PER_STEP)

    def check_length(self, length: int, what: str = "模板生成的文字") -> None:
        if length > self.text_limit:
            raise RunawayTemplate(f"{what}超过{self.text_limit}个字符，已停止")

    def write(self, length: int) -> None:
        self.written += length
        self.check_length(self.written, "模板写出的文字")


@contextmanager
def memory_backstop() -> Iterator[None]:
    """Let the address space grow by at most :data:`MEMORY_HEADROOM` inside the block."""
    limits = _tighten()
    try:
        yield
    finally:
        if limits is not None:
            import resource

            resource.setrlimit(resource.RLIMIT_AS, limits)


def _tighten() -> tuple[int, int] | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    used = _address_space()
    if used is None:
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = used + MEMORY_HEADROOM
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    if soft != resource.RLIM_INFINITY and soft <= limit:
        return None
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        return None
    return soft, hard


def _address_space() -> int | None:
    """Bytes of address space in use, where /proc tells it."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[0])
        return pages * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        return None

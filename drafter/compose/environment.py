"""The jinja2 environment every template renders in: sandboxed, strict, bounded, missing-aware.

Built-in and user templates go through the same sandbox (``ImmutableSandboxedEnvironment``):
a template can read the report but not change it or reach Python internals. Undefined names
are errors (``StrictUndefined``), so a typo in a template is reported with its file and line
instead of silently printing nothing. A template that runs away — an endless loop of output, a
huge ``range``, ``"字" * 10**9`` — is stopped before it eats the machine; every such failure
becomes a :class:`DrafterError` naming the file and line, and no document is written.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from types import TracebackType
from typing import Any, Callable, Iterable

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from drafter.compose.filters import make_filters
from drafter.compose.markup import MISSING
from drafter.compose.numbers import NumberWriter
from drafter.compose.template_cache import template_cache
from drafter.errors import DrafterError
from drafter.model.amount import Amount
from drafter.model.figure import Figure

#: Most characters one template may write; a whole report is a few tens of thousands.
OUTPUT_LIMIT = 200_000
#: Most items all ``range()`` calls of one document may produce together.
LOOP_LIMIT = 100_000
_LIMIT_HINT = "可能是循环没有结束；请检查模板里的 for 循环和 range"


class RunawayTemplate(Exception):
    """A template exceeded a limit; the message says which, in Chinese."""


class Sandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, with repetition and powers kept to a size a report can use."""

    intercepted_binops = frozenset({"*", "**"})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.loop_items = 0
        self.globals["range"] = self._range

    def start_document(self) -> None:
        self.loop_items = 0

    def _range(self, *args: int) -> range:
        items = range(*args)
        self.loop_items += len(items)
        if self.loop_items > LOOP_LIMIT:
            raise RunawayTemplate(f"模板里的循环超过{LOOP_LIMIT}次，已停止")
        return items

    def call_binop(self, context: jinja2.runtime.Context, op: str, left: Any, right: Any) -> Any:
        if op == "**" and _big_power(left, right):
            raise RunawayTemplate("模板里的乘方数字太大，已停止")
        if op == "*" and _repeated_length(left, right) > OUTPUT_LIMIT:
            raise RunawayTemplate(f"模板里重复的文字超过{OUTPUT_LIMIT}个字符，已停止")
        return super().call_binop(context, op, left, right)


def _big_power(base: Any, exponent: Any) -> bool:
    return isinstance(exponent, int) and isinstance(base, (int, float, Decimal)) and exponent > 64


def _repeated_length(left: Any, right: Any) -> int:
    """Length of ``left * right`` when it repeats a string or list, else 0."""
    for seq, times in ((left, right), (right, left)):
        if isinstance(seq, (str, list, tuple)) and isinstance(times, int):
            return len(seq) * times
    return 0


@lru_cache(maxsize=16)
def make_environment(directory: Path, numbers: NumberWriter) -> Sandbox:
    """One environment per template folder and number style, so templates compile once.

    jinja2 reloads a template whose file changed (``auto_reload``), so edits to a user's
    template folder are still picked up; compiled templates are kept between runs in the
    user's cache folder (:mod:`drafter.compose.template_cache`). Call
    :meth:`Sandbox.start_document` before each document: the loop budget is per document.
    """
    filters = make_filters(numbers)
    env = Sandbox(
        loader=jinja2.FileSystemLoader(directory, encoding="utf-8"),
        undefined=jinja2.StrictUndefined,
        finalize=_finalizer(filters["fig"], numbers),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
        bytecode_cache=template_cache(),
    )
    for padding in ("center", "indent", "wordwrap"):  # width arguments could allocate gigabytes
        env.filters.pop(padding, None)
    env.filters.update(filters)
    return env


def _finalizer(fig: Callable[[Any], str], numbers: NumberWriter) -> Callable[[Any], Any]:
    """What ``{{ value }}`` prints: never ``None``, never a Python repr."""

    def finalize(value: Any) -> Any:
        if value is None:
            return MISSING
        if isinstance(value, Figure):
            return fig(value)
        if isinstance(value, Amount):
            return numbers.number(value)
        if isinstance(value, dt.date):
            return numbers.date(value)
        if isinstance(value, Decimal):
            return numbers.trimmed(value)
        return value

    return finalize


def render(env: jinja2.Environment, name: str, context: dict[str, Any]) -> str:
    """Render one template file; any failure becomes a DrafterError naming file and line."""
    try:
        template = env.get_template(name)
    except jinja2.TemplateNotFound:
        raise DrafterError.single("找不到模板文件", name) from None
    except jinja2.TemplateSyntaxError as exc:
        raise _syntax_error(exc, name) from None
    return _bounded(template, context, name)


def render_string(env: jinja2.Environment, source: str, context: dict[str, Any], where: str) -> str:
    """Render a one-line template from the manifest (title, recipient, signature)."""
    try:
        template = env.from_string(source)
    except jinja2.TemplateSyntaxError as exc:
        raise DrafterError.single(f"模板语法错误：{exc.message}", where) from None
    return _bounded(template, context, where)


def _bounded(template: jinja2.Template, context: dict[str, Any], where: str) -> str:
    try:
        return _join_bounded(template.generate(context))
    except RunawayTemplate as exc:
        raise _located(f"{exc}（{_LIMIT_HINT}）", where, exc) from None
    except RecursionError as exc:
        raise _located(f"模板里的宏层层调用自己，没有结束（{_LIMIT_HINT}）", where, exc) from None
    except SecurityError as exc:
        raise _located(_security_message(exc), where, exc) from None
    except jinja2.UndefinedError as exc:
        raise _located(_undefined_message(exc), where, exc) from None
    except jinja2.TemplateSyntaxError as exc:  # in an included or imported template
        raise _syntax_error(exc, where) from None
    except jinja2.TemplateError as exc:
        raise _located(f"模板出错：{exc}", where, exc) from None
    except (TypeError, ValueError, ArithmeticError, LookupError) as exc:
        raise _located(f"模板里的运算出错（{type(exc).__name__}: {exc}）", where, exc) from None


def _join_bounded(chunks: Iterable[str]) -> str:
    written: list[str] = []
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > OUTPUT_LIMIT:
            raise RunawayTemplate(f"模板写出的文字超过{OUTPUT_LIMIT}个字符，已停止")
        written.append(chunk)
    return "".join(written)


_UNSAFE = re.compile(r"access to attribute '(?P<attr>.+?)' of '(?P<type>.+?)' object is unsafe")
_UNDEFINED = re.compile(r"^'(?P<name>[^']+)' is undefined$")
_NO_ATTRIBUTE = re.compile(r"^'(?P<obj>.+?)' (?:object )?has no attribute '(?P<attr>.+?)'$")


def _security_message(exc: SecurityError) -> str:
    match = _UNSAFE.search(str(exc))
    if match:
        return (
            f"模板试图访问 Python 内部属性“{match['attr']}”，出于安全考虑不允许。"
            "模板只能读取报告数据（meta、education 等）并使用模板编写说明（drafter templates guide）列出的过滤器"
        )
    return f"模板试图做不允许的操作（{exc}），出于安全考虑已停止"


def _undefined_message(exc: jinja2.UndefinedError) -> str:
    text = exc.message or ""
    if match := _UNDEFINED.match(text):
        return f"模板里的“{match['name']}”不存在，请检查拼写；可以用的名称见模板编写说明（drafter templates guide）"
    if match := _NO_ATTRIBUTE.match(text):
        return f"模板里的“{match['obj']}”没有“{match['attr']}”这一项，请检查拼写"
    return f"模板引用了不存在的内容：{text}"


def _syntax_error(exc: jinja2.TemplateSyntaxError, name: str) -> DrafterError:
    filename = Path(exc.filename).name if exc.filename else (exc.name or name)
    return DrafterError.single(f"模板语法错误：{exc.message}", f"{filename} 第{exc.lineno}行")


def _located(message: str, where: str, exc: BaseException) -> DrafterError:
    return DrafterError.single(message, _where(where, exc.__traceback__))


def _where(name: str, tb: TracebackType | None) -> str:
    """File and line of the innermost template frame in a traceback."""
    location = name
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            location = f"{Path(filename).name} 第{tb.tb_lineno}行"
        tb = tb.tb_next
    return location


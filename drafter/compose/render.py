"""Rendering one template of a set, and turning every way it can fail into a Chinese message.

The message names the template file and line (the innermost template frame of the failure) and
says what to do. It never repeats an exception's own text, which could carry Python internals
or the content of some file: only our own Chinese messages and jinja's description of a syntax
error in the template itself are shown.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import Callable, Iterable

import jinja2
from jinja2.sandbox import SecurityError

from drafter.compose.environment import Sandbox, TemplateProblem
from drafter.compose.limits import HINT, RunawayTemplate
from drafter.compose.loader import TemplateFileError
from drafter.errors import DrafterError

_OPERATION_ERRORS: tuple[tuple[type[BaseException], str], ...] = (
    (ZeroDivisionError, "模板里除以了零"),
    (OverflowError, "模板里的数字超出范围"),
    (ArithmeticError, "模板里的数字运算出错（数字太大或不是数字）"),
    (LookupError, "模板取了不存在的一项（下标或名称不对）"),
    (TypeError, "模板里的运算用错了类型（如把文字和数字相加、对一组数据做运算、给过滤器的参数不对）"),
    (ValueError, "模板里的运算出错（值不对，如把不是数字的文字转成数字）"),
)


def render(env: Sandbox, name: str) -> str:
    """Render one template file of the set with the document's view."""
    return _bounded(env, lambda: env.get_template(name).generate(env.document.names), name)


def render_string(env: Sandbox, source: str, where: str) -> str:
    """Render a one-line template of the manifest (title, recipient, signature)."""
    return _bounded(env, lambda: env.from_string(source).generate(env.document.names), where)


def _bounded(env: Sandbox, produce: Callable[[], Iterable[str]], where: str) -> str:
    try:
        return _join(produce(), env)
    except DrafterError:
        raise
    except Exception as exc:  # noqa: BLE001 - every failure of a template becomes a message
        message, location = _explain(exc, where)
        raise DrafterError.single(message, location) from None


def _join(chunks: Iterable[str], env: Sandbox) -> str:
    written: list[str] = []
    for chunk in chunks:
        env.budget.write(len(chunk))
        written.append(chunk)
    return "".join(written)


def _explain(exc: BaseException, where: str) -> tuple[str, str]:
    """The Chinese message for a failure, and the file and line it names."""
    location = _where(where, exc.__traceback__)
    if isinstance(exc, RunawayTemplate):
        return f"{exc}（{HINT}）", location
    if isinstance(exc, RecursionError):
        return f"模板里的宏或 include 层层调用自己，没有结束（{HINT}）", location
    if isinstance(exc, MemoryError):
        return f"模板用掉的内存太多，已停止（{HINT}）", location
    if isinstance(exc, TemplateFileError):
        inner = f"{exc.name} 第{exc.line}行" if exc.line else location
        return f"{exc.reason}（{exc.name}）" if inner == location else exc.reason, inner
    if isinstance(exc, jinja2.TemplateNotFound):
        return f"找不到模板文件“{exc.name}”", location
    if isinstance(exc, jinja2.TemplateSyntaxError):
        filename = Path(exc.filename).name if exc.filename else (exc.name or where)
        return f"模板语法错误：{exc.message}", f"{filename} 第{exc.lineno}行"
    if isinstance(exc, (SecurityError, TemplateProblem, jinja2.UndefinedError)):
        return exc.message or "模板做了不允许的事", location  # our own Chinese messages
    if isinstance(exc, jinja2.TemplateError):
        return f"模板出错：{exc.message}", location
    for kind, message in _OPERATION_ERRORS:
        if isinstance(exc, kind):
            return message, location
    return "模板运行出错，请检查这一行的写法", location


def _where(name: str, tb: TracebackType | None) -> str:
    """File and line of the innermost template frame in a traceback."""
    location = name
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            location = f"{Path(filename).name} 第{tb.tb_lineno}行"
        tb = tb.tb_next
    return location

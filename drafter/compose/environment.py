"""The jinja2 environment every template renders in: sandboxed, strict, missing-aware.

Built-in and user templates go through the same sandbox (``ImmutableSandboxedEnvironment``):
a template can read the report but not change it or reach Python internals. Undefined names
are errors (``StrictUndefined``), so a typo in a template is reported with its file and line
instead of silently printing nothing.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from types import TracebackType
from typing import Any, Callable

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from drafter.compose.filters import make_filters
from drafter.compose.markup import MISSING
from drafter.compose.numbers import NumberWriter
from drafter.errors import DrafterError
from drafter.model.amount import Amount
from drafter.model.figure import Figure


@lru_cache(maxsize=16)
def make_environment(directory: Path, numbers: NumberWriter) -> jinja2.Environment:
    """One environment per template folder and number style, so templates compile once.

    jinja2 reloads a template whose file changed (``auto_reload``), so edits to a user's
    template folder are still picked up.
    """
    filters = make_filters(numbers)
    env = ImmutableSandboxedEnvironment(
        loader=jinja2.FileSystemLoader(directory, encoding="utf-8"),
        undefined=jinja2.StrictUndefined,
        finalize=_finalizer(filters["fig"], numbers),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
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
    """Render one template; any template error becomes a DrafterError naming file and line."""
    try:
        return env.get_template(name).render(context)
    except jinja2.TemplateNotFound:
        raise DrafterError.single("找不到模板文件", name) from None
    except jinja2.TemplateSyntaxError as exc:
        raise DrafterError.single(f"模板语法错误：{exc.message}", f"{exc.name or name} 第{exc.lineno}行") from None
    except SecurityError as exc:
        raise DrafterError.single(f"模板试图访问不允许的内容：{exc}", _where(name, exc.__traceback__)) from None
    except jinja2.UndefinedError as exc:
        raise DrafterError.single(f"模板引用了不存在的内容：{exc.message}", _where(name, exc.__traceback__)) from None
    except jinja2.TemplateError as exc:
        raise DrafterError.single(f"模板出错：{exc}", _where(name, exc.__traceback__)) from None


def render_string(env: jinja2.Environment, source: str, context: dict[str, Any], where: str) -> str:
    try:
        return env.from_string(source).render(context)
    except jinja2.TemplateError as exc:
        raise DrafterError.single(f"模板出错：{exc}", where) from None


def _where(name: str, tb: TracebackType | None) -> str:
    """File and line of the innermost template frame in a traceback."""
    location = name
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            location = f"{Path(filename).name} 第{tb.tb_lineno}行"
        tb = tb.tb_next
    return location

"""Rendering one template of a set, and turning every way it can fail into a Chinese message.

The message names the template file and line (the innermost template frame of the failure) and
says what to do. It never repeats an exception's own text, which could carry Python internals
or the content of some file: only our own Chinese messages and jinja's description of a syntax
error in the template itself are shown.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path
from types import TracebackType
from typing import Callable, Iterable

import jinja2
from jinja2.sandbox import SecurityError

from drafter.compose.sandbox.environment import Sandbox, TemplateProblem
from drafter.compose.sandbox.limits import HINT, RunawayTemplate
from drafter.compose.sandbox.loader import TemplateFileError
from drafter.errors import DrafterError

_OPERATION_ERRORS: tuple[tuple[type[BaseException], str], ...] = (
    (ZeroDivisionError, "模板里除以了零"),
    (OverflowError, "模板里的数字超出范围"),
    (ArithmeticError, "模板里的数字运算出错（数字太大或不是数字）"),
    (LookupError, "模板取了不存在的一项（下标或名称不对）"),
    (TypeError, "模板里的运算用错了类型（如把文字和数字相加、对一组数据做运算、给过滤器的参数不对）"),
    (ValueError, "模板里的运算出错（值不对，如把不是数字的文字转成数字）"),
    (AttributeError, "模板把数据交给了不适用的过滤器或运算（如对一句话用 |fig）"),
)


def render(env: Sandbox, name: str) -> str:
    """Render one template file of the set with the document's view."""
    template = _compiled(lambda: env.get_template(name), name, lambda: _source(env, name))
    return _bounded(env, template, name)


def render_string(env: Sandbox, source: str, where: str) -> str:
    """Render a one-line template of the manifest (title, recipient, signature)."""
    template = _compiled(lambda: _from_string(env, source, where), where, lambda: source)
    return _bounded(env, template, where)


def _from_string(env: Sandbox, source: str, where: str) -> jinja2.Template:
    """``env.from_string`` through the cache of compiled templates, as jinja's loaders do: when
    every template comes from the cache, jinja never builds its lexer (which costs more than a
    document's rendering)."""
    cache = env.bytecode_cache
    if cache is None:
        return env.from_string(source)
    bucket = cache.get_bucket(env, f"manifest|{where}", None, source)
    if bucket.code is None:
        bucket.code = env.compile(source)
        cache.set_bucket(bucket)
    return env.template_class.from_code(env, bucket.code, env.make_globals(None), None)


def _compiled(compile: Callable[[], jinja2.Template], where: str, source: Callable[[], str]) -> jinja2.Template:
    try:
        return compile()
    except (RecursionError, SyntaxError, MemoryError):  # Python's own limits on nesting
        line = _deepest_line(source())
        location = f"{where} 第{line}行" if line else where
        raise DrafterError.single("模板里的括号、表达式或 for、if 套得太深，请拆开来写", location) from None
    except DrafterError:
        raise
    except Exception as exc:  # noqa: BLE001
        message, location = _explain(exc, where)
        raise DrafterError.single(message, location) from None


def _bounded(env: Sandbox, template: jinja2.Template, where: str) -> str:
    try:
        return _join(template.generate(env.document.names), env)
    except DrafterError:
        raise
    except Exception as exc:  # noqa: BLE001 - every failure of a template becomes a message
        message, location = _explain(exc, where)
        raise DrafterError.single(message, location) from None


def _source(env: Sandbox, name: str) -> str:
    try:
        return env.loader.get_source(env, name)[0] if env.loader else ""
    except Exception:  # noqa: BLE001 - only used to point at a line
        return ""


#: What opens and closes a level of nesting (patterns compiled only when a template is too deep).
_OPENING = r"\{%-?\s*(?:for|if|macro|call|filter|block|with)\b|[(\[]"
_CLOSING = r"\{%-?\s*end\w*|[)\]]"


def _deepest_line(source: str) -> int | None:
    """The line on which brackets or blocks are first nested deeper than a template needs."""
    depth = 0
    for line, text in enumerate(source.split("\n"), 1):
        for match in re.finditer(f"{_OPENING}|{_CLOSING}", text):
            depth = depth + 1 if re.fullmatch(_OPENING, match.group()) else max(0, depth - 1)
            if depth > 15:
                return line
    return None


def _join(chunks: Iterable[str], env: Sandbox) -> str:
    written: list[str] = []
    for chunk in chunks:
        env.budget.write(len(chunk))
        written.append(chunk)
    return "".join(written)


def _explain(exc: BaseException, where: str) -> tuple[str, str]:
    """The Chinese message for a failure, and the file and line it names."""
    location = _where(where, exc.__traceback__, recurring=isinstance(exc, RecursionError))
    if isinstance(exc, RunawayTemplate):
        return f"{exc}（{HINT}）", location
    if isinstance(exc, RecursionError):
        return f"模板里的宏或 include 层层调用自己（或数据套得太深），没有结束（{HINT}）", location
    if isinstance(exc, MemoryError):
        return f"模板用掉的内存太多，已停止（{HINT}）", location
    if isinstance(exc, TemplateFileError):
        inner = f"{exc.name} 第{exc.line}行" if exc.line else location
        return f"{exc.reason}（{str(exc.name)[:100]}）" if inner == location else exc.reason, inner
    if isinstance(exc, jinja2.TemplateNotFound):
        return f"找不到模板文件“{str(exc.name)[:100]}”", location
    if isinstance(exc, jinja2.TemplateSyntaxError):
        filename = Path(exc.filename).name if exc.filename else (exc.name or where)
        return _syntax_message(exc.message or ""), f"{filename} 第{exc.lineno}行"
    if isinstance(exc, (SecurityError, TemplateProblem, jinja2.UndefinedError)):
        return exc.message or "模板做了不允许的事", location  # our own Chinese messages
    if isinstance(exc, jinja2.exceptions.FilterArgumentError):
        return "模板出错：这一行给过滤器的参数不对（各过滤器的参数见模板编写说明）", location
    if isinstance(exc, jinja2.TemplateError):
        return "模板出错：这一行的写法不对（可以用的变量、过滤器见模板编写说明）", location
    for kind, message in _OPERATION_ERRORS:
        if isinstance(exc, kind):
            return message, location
    if os.environ.get("DRAFTER_DEBUG"):
        raise exc  # a bug of ours rather than of the template: show it to the maintainer
    return "模板运行出错，请检查这一行的写法", location


#: jinja's names of the tokens it expected or met, as the clerk types them.
_TOKENS = {
    "end of print statement": "}}",
    "end of statement block": "%}",
    "end of template": "模板结尾",
    "name": "名称",
    "integer": "数字",
    "float": "数字",
    "string": "文字",
}


def _token(name: str) -> str:
    return _TOKENS.get(name, name)


#: jinja's syntax errors and what they mean; matched only when a template has one.
_SYNTAX: tuple[tuple[str, int, Callable[..., str]], ...] = (
    (r"No filter named '(.{1,40})'", 0,
     lambda name: f"没有“{name}”这个过滤器；可以用的过滤器见模板编写说明（drafter templates guide）"),
    (r"No test named '(.{1,40})'", 0, lambda name: f"没有“{name}”这种判断（is 后面的词）"),
    (r"unknown tag '(end\w{1,20})'.*closed is '(\w{1,20})'", re.S,
     lambda end, block: f"“{{% {end} %}}”和前面还没结束的 {{% {block} %}} 对不上，请先写 {{% end{block} %}}"),
    (r"unknown tag '(end\w{1,20})'", 0, lambda end: f"“{{% {end} %}}”前面没有对应的开始标记"),
    (r"unknown tag '(.{1,40})'", 0, lambda tag: f"不认识的标记“{tag}”"),
    (r"end of template.*closed is '(\w{1,20})'", re.S | re.I,
     lambda block: f"模板没写完：{{% {block} %}} 缺少结束的 {{% end{block} %}}"),
    (r"unexpected end of template", re.I, lambda: "模板没写完：{{ 或 {% 没有写完就到了结尾"),
    (r"Expected an expression", 0, lambda: "这里缺少要判断或要写出的内容（如 {% if 条件 %} 的条件）"),
    (r"expected token 'end of print statement', got '(.{1,30})'", 0,
     lambda got: f"{{{{ }}}} 里多了“{got}”：一个 {{{{ }}}} 只写一个值，过滤器用 | 接在后面"),
    (r"expected token '(.{1,30})', got '(.{1,30})'", 0,
     lambda want, got: f"这里应当是“{_token(want)}”，写成了“{_token(got)}”"),
    (r"unexpected '(.{1,30})', expected '(.{1,30})'", 0,
     lambda got, want: f"这里应当是“{_token(want)}”，写成了“{_token(got)}”"),
    (r"unexpected char '(.)'|unexpected char \"(.)\"", 0,
     lambda one, other: f"“{one or other}”没有配对：引号和括号都要成对"),
    (r"expected name or number", 0, lambda: "“.”后面要写名称"),
    (r"unexpected '(.{1,30})'", 0, lambda got: f"这里不应出现“{_token(got)}”"),
)


def _syntax_message(text: str) -> str:
    """jinja's description of a syntax error, in Chinese (its own words are English)."""
    for pattern, flags, chinese in _SYNTAX:
        match = re.search(pattern, text, flags)
        if match:
            return "模板语法错误：" + chinese(*match.groups())
    return "模板语法错误：这一行的写法不对；请检查 {{ }} 和 {% %} 是否成对、标记和过滤器的名字是否写对"


def _where(name: str, tb: TracebackType | None, recurring: bool = False) -> str:
    """File and line of the innermost template frame in a traceback (the most repeated one
    when the template called itself without end)."""
    frames = []
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            frames.append(f"{Path(filename).name} 第{tb.tb_lineno}行")
        tb = tb.tb_next
    if not frames:
        return name
    return Counter(frames).most_common(1)[0][0] if recurring else frames[-1]

"""The jinja2 environment every template renders in: sandboxed, strict, bounded, missing-aware.

Built-in and user templates go through the same sandbox. A template set comes from outside, so
the sandbox is closed by construction rather than by a list of forbidden names:

* templates read a plain view of the report (:mod:`drafter.compose.sandbox.view`), never model objects;
* the loader serves regular files inside the set's folder only (:mod:`drafter.compose.sandbox.loader`);
* a template may call only what is made for it: the filters of docs/templates.md, its own
  macros, jinja's loop helpers and a few harmless text methods (:data:`STR_METHODS`);
  every other call is refused, whatever object it is reached through;
* only a reduced set of jinja's built-in filters is there (no ``format``, ``attr``,
  ``xmlattr``, ``center`` …), and no ``lipsum``;
* every call, filter, loop iteration, ``~`` and operator goes through a hook that counts work,
  checks the size of what it makes and the time (:mod:`drafter.compose.sandbox.limits`);
* what ``{{ … }}`` prints is one line of text: it cannot contain a line break or begin a
  heading or a point (:data:`~drafter.compose.sandbox.markup.TEXT`).

Undefined names are errors, so a typo is reported with its file and line. Every failure becomes
a :class:`DrafterError` naming the file and line, and no document is written.
"""

from __future__ import annotations

import re
import types
from decimal import Decimal
from functools import lru_cache, wraps
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.runtime import BlockReference, LoopContext, Macro, Undefined
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from jinja2.utils import Cycler, Joiner, Namespace

from drafter.compose.sandbox.filters import make_filters
from drafter.compose.sandbox.ledger import Ledger
from drafter.compose.sandbox.limits import LOOP_LIMIT, MACRO_STEPS, TEMPLATE_STEPS, Budget, RunawayTemplate
from drafter.compose.sandbox.loader import SetLoader
from drafter.compose.sandbox.template_set import shared_directory
from drafter.compose.sandbox.markup import MISSING, TEXT
from drafter.compose.prose.numbers import NumberWriter
from drafter.compose.sandbox.view import Record, ReportView, record_kind, record_names, record_path
from drafter.compose.sandbox.template_cache import template_cache
from drafter.model.place import DEFAULT_UNIT
from drafter.model.text import quoted

#: Methods of a text a template may call, e.g. ``meta.organ.replace("教育局", "")``.
STR_METHODS = frozenset(
    {
        "strip", "lstrip", "rstrip", "startswith", "endswith", "removeprefix", "removesuffix",
        "lower", "upper", "title", "capitalize", "replace", "split", "count", "find", "isdigit",
    }
)  # fmt: skip
#: Methods of a mapping written in a template (``{"a": 1}.items()``).
DICT_METHODS = frozenset({"items", "keys", "values", "get"})
#: jinja's built-in filters a template may use; ``join``, ``string`` and ``replace`` are ours.
BUILTIN_FILTERS = frozenset(
    {
        "abs", "batch", "capitalize", "count", "d", "default", "dictsort", "first", "float",
        "groupby", "int", "items", "last", "length", "list", "lower", "map", "max", "min",
        "reject", "rejectattr", "reverse", "round", "select", "selectattr", "slice", "sort",
        "sum", "title", "trim", "truncate", "unique", "upper", "wordcount",
    }
)  # fmt: skip
#: Line breaks of every kind, and characters no document may hold; a printed value has none.
_NOT_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff\ud800-\udfff]")
_BREAKS = re.compile("[ \t\u3000]*[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+[ \t\u3000]*")
_LARGEST_NUMBER = 10**30


class TemplateProblem(jinja2.TemplateRuntimeError):
    """Something a template may not do; the message is Chinese and shown as it is."""


class Composed(str):
    """Text a macro or block of the template wrote: already checked, kept as it is (lines too)."""

    __slots__ = ()


class Missing(jinja2.StrictUndefined):
    """An undefined name or item, explained in Chinese."""

    __slots__ = ()

    @property
    def _undefined_message(self) -> str:
        if self._undefined_hint:
            return self._undefined_hint
        name = quoted(self._undefined_name)
        obj = self._undefined_obj
        if obj is jinja2.utils.missing:
            return f"模板里的“{name}”不存在，请检查拼写；可以用的名称见模板编写说明（drafter templates guide）"
        if isinstance(obj, Record):
            known = "、".join(record_names(obj)[:12])
            return f"“{record_path(obj)}”下没有“{name}”这一项，请检查拼写" + (f"（有：{known}……）" if known else "")
        return f"模板里的“{name}”这一项不存在，请检查拼写"



# -- code generation: loops and ~ go through the environment -----------------------------------
class BoundedCodeGenerator(CodeGenerator):
    """jinja's code generator, with every loop counted and every ``~`` measured."""

    def visit_For(self, node: nodes.For, frame: Frame) -> None:
        self.__dict__.setdefault("_counted", set()).add(id(node.iter))
        super().visit_For(node, frame)

    def visit(self, node: nodes.Node, *args: Any, **kwargs: Any) -> Any:
        if id(node) not in self.__dict__.get("_counted", ()):
            return super().visit(node, *args, **kwargs)
        self.write("environment.counted(")  # the iterable of a for loop: counted item by item
        super().visit(node, *args, **kwargs)
        self.write(")")
        return None

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.join_text((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class Sandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, closed to everything a report template has no use for."""

    code_generator_class = BoundedCodeGenerator
    intercepted_binops = frozenset({"+", "-", "*", "/", "//", "%", "**"})

    def __init__(self, *args: Any, numbers: NumberWriter, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.numbers = numbers
        self.document = ReportView()
        self.budget = Budget()
        self.globals.clear()
        self.globals.update(range=self._range, namespace=Namespace, cycler=Cycler, joiner=Joiner, dict=dict)
        self._may_construct = (self.globals["range"], Namespace, Cycler, Joiner, dict)
        self.ledger = Ledger()
        ours = make_filters(numbers, self.ledger)
        self._fig = ours["fig"]
        kept = {name: self._checked(self.filters[name]) for name in BUILTIN_FILTERS}
        kept.update(join=self._join, string=self.text_of, replace=self._replace_filter)
        kept.update({name: self._ours(function) for name, function in ours.items()})
        self.filters = kept

    def start_document(
        self, document: ReportView | None = None, plan: bool = False, unit: str = DEFAULT_UNIT, plan_period: str = ""
    ) -> None:
        """Begin a document: its view, a fresh budget sized to its data, an empty ledger of
        what was written (``plan``: figures are a 工作要点's targets; ``unit``: 区 or 县 …;
        ``plan_period``: the five-year plan its phrases name)."""
        self.document = document or ReportView()
        self.budget = Budget(self.document.weight)
        self.ledger.reset(plan=plan, unit=unit, plan_period=plan_period)

    # -- what a template may call ----------------------------------------------------------
    def call(self, context: jinja2.runtime.Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        receiver = getattr(obj, "__self__", None)  # the text a method works on is read too
        self.budget.read(self._weight_of((receiver if isinstance(receiver, str) else None, args, kwargs)))
        if not self._may_call(obj):
            raise SecurityError(_refused(obj))
        if _is_method(obj, str, {"replace"}):
            self._check_replace(obj.__self__, *args, **kwargs)
        composing = isinstance(obj, (Macro, BlockReference, LoopContext))
        if composing:
            self.budget.step(MACRO_STEPS)
        if isinstance(obj, LoopContext) and args:  # loop(children) in a recursive loop
            args = (self.counted(args[0]), *args[1:])
        result = context.call(obj, *args, **kwargs)
        if composing and isinstance(result, str):
            result = Composed(result)
        self._check_made(result)
        return result

    def _may_call(self, obj: Any) -> bool:
        if isinstance(obj, (Macro, BlockReference, LoopContext, Joiner, Undefined)):
            return True  # an Undefined raises its own error when called
        if any(obj is allowed for allowed in self._may_construct):
            return True
        return (
            _is_method(obj, str, STR_METHODS)
            or _is_method(obj, dict, DICT_METHODS, exact=True)
            or _is_method(obj, Cycler, {"next", "reset"})
            or _is_method(obj, LoopContext, {"cycle", "changed"})
        )

    def _range(self, *args: int) -> range:
        try:
            items = range(*args)
            size = len(items)
        except OverflowError:
            size = LOOP_LIMIT + 1
            items = range(0)
        if size > LOOP_LIMIT:
            raise RunawayTemplate(f"range 的范围超过{LOOP_LIMIT}项，已停止")
        return items

    def get_template(self, *args: Any, **kwargs: Any) -> jinja2.Template:
        """A template of the set, for rendering or for ``{% include %}``, ``{% import %}`` …"""
        self.budget.step(TEMPLATE_STEPS)
        return super().get_template(*args, **kwargs)

    def select_template(self, *args: Any, **kwargs: Any) -> jinja2.Template:
        """The first template of a list that exists: ``{% include ['a.j2', 'b.j2'] %}``."""
        self.budget.step(TEMPLATE_STEPS)
        return super().select_template(*args, **kwargs)

    def counted(self, iterable: Iterable[Any]) -> Iterator[Any]:
        """A loop's items, each charged a step."""
        budget = self.budget
        for item in iterable:
            budget.step()
            yield item

    # -- attributes, operators, ~ and output ----------------------------------------------
    def getattr(self, obj: Any, attribute: str) -> Any:
        self.budget.step(0)
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        self.budget.step(0)
        return super().getitem(obj, argument)

    def unsafe_undefined(self, obj: Any, attribute: str) -> Undefined:
        return self.undefined(
            f"模板试图访问 Python 内部属性“{quoted(attribute)}”，出于安全考虑不允许。"
            "模板只能读取报告数据（meta、education 等）并使用模板编写说明（drafter templates guide）列出的过滤器",
            name=attribute,
            obj=obj,
            exc=SecurityError,
        )

    def call_binop(self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any) -> Any:
        self.budget.step()
        if operator == "%" and isinstance(left, str):
            raise TemplateProblem("模板里不能用 % 拼写文字，请直接写出或用 ~ 连接")
        if operator == "**" and _big_power(left, right):
            raise RunawayTemplate("模板里的乘方数字太大，已停止")
        if operator == "*":
            self.budget.check_length(_repeated(self._weight_of, left, right), "模板里重复的文字")
        if operator == "+" and isinstance(left, (str, list, tuple)):
            self.budget.check_length(self._weight_of(left) + self._weight_of(right), "模板里连接的文字")
        result = super().call_binop(context, operator, left, right)
        if _too_large(result):
            raise RunawayTemplate("模板算出的数字太大，已停止")
        return result

    def join_text(self, values: tuple[Any, ...]) -> str:
        """``a ~ b``: each value written as ``{{ }}`` would, the result no longer than allowed."""
        texts = [self.text_of(value) for value in values]
        size = sum(len(text) for text in texts)
        self.budget.read(size)
        self.budget.check_length(size, "模板用 ~ 连接的文字")
        return "".join(texts)

    def concat(self, parts: Iterable[str]) -> str:
        """Join the output of a macro, ``{% set %}`` block or filter block, no longer than allowed."""
        parts = list(parts)
        self.budget.check_length(sum(len(part) for part in parts))
        return "".join(parts)

    def finalize_value(self, value: Any) -> str:
        """What ``{{ value }}`` prints: one line of text, never None or a Python repr."""
        if isinstance(value, Composed):
            text = str(value)
        else:
            text = self.text_of(value)
            text = _BREAKS.sub("", text)  # lines are joined, as the lines of a paragraph are
            text = _NOT_TEXT.sub("", text)
            text = TEXT + text if text else text
        self.budget.check_length(len(text))
        return text

    def text_of(self, value: Any) -> str:
        """How a value is written: figures with their unit, numbers and dates in house style."""
        if isinstance(value, str):
            return value
        if value is None:
            return MISSING
        if isinstance(value, Undefined):
            return str(value)  # raises the undefined error
        if isinstance(value, bool):
            return "是" if value else "否"
        if isinstance(value, (int, float)):
            return str(value)
        if isinstance(value, Decimal):
            if _too_large(value):
                raise RunawayTemplate("模板要写出的数字太大，已停止")
            return self.numbers.trimmed(value)
        if isinstance(value, Record):
            return self._record_text(value)
        if isinstance(value, (list, tuple)):
            raise TemplateProblem("模板直接写出了一个列表；请用过滤器写出，如 |sentences、|cnjoin、|join")
        raise TemplateProblem("模板试图写出的不是文字或数字（可能是宏、过滤器或函数本身），不能写出")

    def _record_text(self, record: Record) -> str:
        kind = record_kind(record)
        model = self.document.model_of(record)
        if kind == "figure":
            return self._fig(model)
        if kind == "amount":
            return self.numbers.number(model)
        if kind == "date":
            return self.numbers.date(model)
        raise TemplateProblem(f"模板直接写出了“{record_path(record)}”这一组数据；请写出其中的一项")

    # -- filters -----------------------------------------------------------------------------
    def _ours(self, function: Callable[..., Any]) -> Callable[..., Any]:
        """One of our filters: it is given the model objects the view was made from."""

        @wraps(function)
        def filtered(*args: Any, **kwargs: Any) -> Any:
            self.budget.read(self._weight_of(args) + self._weight_of(tuple(kwargs.values())))
            model_of = self.document.model_of
            result = function(*(model_of(a) for a in args), **{k: model_of(v) for k, v in kwargs.items()})
            self._check_made(result)
            return result

        return filtered

    def _checked(self, function: Callable[..., Any]) -> Callable[..., Any]:
        """A built-in filter, with its input weighed and its output measured."""
        skip = 1 if getattr(function, "jinja_pass_arg", None) else 0  # environment or context first

        @wraps(function)
        def filtered(*args: Any, **kwargs: Any) -> Any:
            given = args[skip:]
            self.budget.read(self._weight_of(given) + self._weight_of(tuple(kwargs.values())))
            for extra in (*given[1:], *kwargs.values()):
                if isinstance(extra, int) and not isinstance(extra, bool) and abs(extra) > self.budget.text_limit:
                    raise RunawayTemplate("过滤器的数字参数太大，已停止")
            result = function(*args, **kwargs)
            self._check_made(result)
            return result

        return filtered

    def _join(self, value: Iterable[Any], mark: str = "") -> str:
        texts = [self.text_of(item) for item in self.counted(value)]
        mark = self.text_of(mark)
        size = sum(len(text) for text in texts) + len(mark) * max(0, len(texts) - 1)
        self.budget.read(size)
        self.budget.check_length(size, "join 连接的文字")
        return mark.join(texts)

    def _replace_filter(self, text: Any, old: Any, new: Any, count: int | None = None) -> str:
        text, old, new = self.text_of(text), self.text_of(old), self.text_of(new)
        self._check_replace(text, old, new, -1 if count is None else count)
        return text.replace(old, new, -1 if count is None else count)

    def _check_replace(self, text: str, old: Any = "", new: Any = "", count: Any = -1, *_: Any, **__: Any) -> None:
        if not (isinstance(old, str) and isinstance(new, str) and isinstance(count, int)):
            return  # str.replace itself refuses these
        found = text.count(old) if old else len(text) + 1
        if count >= 0:
            found = min(found, count)
        self.budget.check_length(len(text) + found * (len(new) - len(old)), "replace 替换后的文字")

    # -- sizes -------------------------------------------------------------------------------
    def _weight_of(self, value: Any) -> int:
        """Characters and items in ``value``; the report's own lists count as what they hold."""
        limit = self.budget.text_limit
        total = 0
        stack = [value]
        while stack and total <= limit:
            item = stack.pop()
            if isinstance(item, str):
                total += len(item)
            elif isinstance(item, range):
                total += len(item)
            elif self.document.is_view(item):
                total += self.document.weight_of(item)
            elif isinstance(item, (list, tuple)):
                total += len(item)
                stack.extend(item)
            elif isinstance(item, dict):
                total += len(item)
                stack.extend(item.keys())
                stack.extend(item.values())
            else:
                total += 1
        return total

    def _check_made(self, value: Any) -> None:
        if isinstance(value, (str, list, tuple, dict)):
            self.budget.check_length(self._weight_of(value))


def _is_method(obj: Any, owner: type, names: Iterable[str], exact: bool = False) -> bool:
    if not isinstance(obj, (types.BuiltinMethodType, types.MethodType)):
        return False
    bound = getattr(obj, "__self__", None)
    of_owner = type(bound) is owner if exact else isinstance(bound, owner)
    return of_owner and getattr(obj, "__name__", "") in names


def _refused(obj: Any) -> str:
    name = getattr(obj, "__name__", "")
    called = f"“{name}”" if isinstance(name, str) and name.isidentifier() and len(name) <= 40 else "这个对象"
    return (
        f"模板试图调用{called}，出于安全考虑不允许。"
        "模板只能调用模板编写说明（drafter templates guide）列出的过滤器、自己的宏和少数文字方法（如 replace、strip）"
    )


def _big_power(base: Any, exponent: Any) -> bool:
    return isinstance(exponent, (int, Decimal, float)) and isinstance(base, (int, float, Decimal)) and exponent > 64


def _repeated(weigh: Callable[[Any], int], left: Any, right: Any) -> int:
    """Length of ``left * right`` when it repeats a string or list, else 0."""
    for seq, times in ((left, right), (right, left)):
        if isinstance(seq, (str, list, tuple)) and isinstance(times, int):
            return weigh(seq) * max(times, 0)
    return 0


def _too_large(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return abs(value) > _LARGEST_NUMBER
    if isinstance(value, Decimal):
        return value.is_finite() and value != 0 and value.adjusted() > 30
    return False


@lru_cache(maxsize=16)
def make_environment(directory: Path, numbers: NumberWriter) -> Sandbox:
    """One environment per template folder and number style, so templates compile once.

    jinja2 reloads a template whose file changed (``auto_reload``), so edits to a user's
    template folder are still picked up; compiled templates are kept between runs in the
    user's cache folder (:mod:`drafter.compose.sandbox.template_cache`). Call
    :meth:`Sandbox.start_document` before each document: the view and the budget are per document.
    """
    env = Sandbox(
        loader=SetLoader(directory, shared_directory()),
        undefined=Missing,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
        numbers=numbers,
        bytecode_cache=template_cache(),
    )
    env.finalize = env.finalize_value
    return env

"""Help texts as a form says them: in words, not JSON, and in the place's own words and examples.

The model's descriptions are written once, for every reader: the JSON Schema shows them to
someone editing a data file, so they give JSON examples (``如 {"省级": 1, "市级": 8}``) and name
choices by the values a data file holds (``report＝报告材料``). A 填报表 or ``drafter ask`` shows
the same descriptions to a clerk who never sees JSON: :func:`in_words` says them as the form
is filled (the parts of a figure in brackets after it, choices by their Chinese names, a list as
its items), so the one description serves both.

:class:`Local` puts the place into a text once the district is known: the neutral ``区（县）``
becomes 县 for 青溪县, and the model's example place (天津市东丽区) becomes the clerk's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Optional

from drafter.layout_options import LAYOUT_OPTIONS
from drafter.model.choices import LABELS
from drafter.model.figure import Figure
from drafter.model.place import NEUTRAL, localise

#: A JSON list of strings: ``["党的建设", "各类教育"]``.
_LIST = re.compile(r'\[\s*("(?:[^"\\]|\\.)*"(?:\s*,\s*"(?:[^"\\]|\\.)*")*)\s*\]')
#: A JSON object of names and values: ``{"省级": 1, "市级": 8}``.
_OBJECT = re.compile(r'\{\s*("(?:[^"\\]|\\.)*"\s*:\s*[^,{}]+(?:\s*,\s*"(?:[^"\\]|\\.)*"\s*:\s*[^,{}]+)*)\s*\}')
_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
#: ``summary＝年度教育工作总结``: a value a data file holds, then its name.
_VALUE_IS = re.compile(r"(?<![A-Za-z])([a-z][a-z_]*)＝")
#: ``formal（正式公文）`` or ``印发通知（notice）``: a value and its name side by side.
_VALUE_NAMED = re.compile(r" ?(?<![A-Za-z])([a-z][a-z_]*)\s*（([^（）]+)）")
_NAME_VALUED = re.compile(r"（([a-z][a-z_]*)）")
_WORD = re.compile(r"(?<![A-Za-z/])([a-z][a-z_]*)(?![A-Za-z/])")
#: Words of a data file that have a name on a form: the layout choices' own field names …
_FIELD_NAMES = {option.field: option.title for option in LAYOUT_OPTIONS}
_YES_NO = {"true": "“是”", "false": "“否”"}
#: A help that sends the clerk to a figure's parts by their field's title: on a form they are
#: written in brackets after the figure.
_TO_PARTS = f"写在“{Figure.model_fields['breakdown'].title}”"
_CJK = "\u3000-\u9fff\uff00-\uffef“”"
_SPACED_QUOTE = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef“”]) +(?=[“”])|(?<=[“”]) +(?=[\u3000-\u9fff\uff00-\uffef“”])")


def in_words(text: str, names: Optional[dict[str, str]] = None) -> str:
    """``text`` as a form says it: JSON lists as their items, JSON objects as the brackets a
    figure's parts are written in, choices by their Chinese names; ``names`` gives the Chinese
    name of other English keys the text mentions (``formal`` → 公文版头与版记)."""
    if not text:
        return text
    known = {**_FIELD_NAMES, **(names or {})}
    text = _LIST.sub(lambda m: "".join(f"“{item}”" for item in _strings(m.group(1))), text)
    text = _OBJECT.sub(_object_in_words, text)
    text = _VALUE_IS.sub(lambda m: "" if m.group(1) in LABELS else m.group(0), text)
    text = _VALUE_NAMED.sub(lambda m: m.group(2) if m.group(1) in LABELS or m.group(1) in known else m.group(0), text)
    text = _NAME_VALUED.sub(lambda m: "" if m.group(1) in LABELS or m.group(1) in known else m.group(0), text)
    text = _WORD.sub(lambda m: _word(m.group(1), known), text)
    return _SPACED_QUOTE.sub("", text.replace(_TO_PARTS, "写在数字后面的括号里"))


def _strings(text: str) -> list[str]:
    return [item.replace('\\"', '"') for item in _STRING.findall(text)]


def _object_in_words(match: re.Match[str]) -> str:
    """``{"省级": 1, "市级": 8}`` → ``（省级1、市级8）``, as the parts follow a figure on a form."""
    pairs = [(name, value.strip().strip('"')) for name, value in re.findall(r'"((?:[^"\\]|\\.)*)"\s*:\s*([^,{}]+)', match.group(1))]
    total = sum(int(value) for _, value in pairs) if all(value.isdigit() for _, value in pairs) else ""
    return f"{total}（" + "、".join(f"{name}{value}" for name, value in pairs) + "）"


def _word(word: str, known: dict[str, str]) -> str:
    if word in _YES_NO:
        return _YES_NO[word]
    if word in known:
        return f"“{known[word]}”"
    return LABELS.get(word, word)


#: The place the model's examples are written for (``如 天津市东丽区教育局``).
EXAMPLE_REGION = "天津市"
EXAMPLE_DISTRICTS = ("东丽区", "静海区")


@dataclass(frozen=True)
class Local:
    """A district's words for the texts of a form: its unit (区/县/市/旗) and its names. Unknown
    parts stay as the model writes them (``区（县）``, the model's example place)."""

    unit: Optional[str] = None
    region: str = ""
    district: str = ""
    #: The report's title as it will be made, once the report is known.
    title: str = ""

    @classmethod
    def of(cls, meta: Any, unit: Optional[str] = None, title: str = "") -> "Local":
        """The words of a report's ``meta`` (a model or a mapping), with its place word ``unit``."""
        get = meta.get if isinstance(meta, dict) else lambda name, default=None: getattr(meta, name, default)
        return cls(unit, str(get("region", "") or ""), str(get("district", "") or ""), title)

    def __call__(self, text: str) -> str:
        if not text:
            return text
        if self.unit and NEUTRAL in text:
            text = localise(text, self.unit)
        if self.district:
            for example in EXAMPLE_DISTRICTS:
                text = text.replace(EXAMPLE_REGION + example, self.region + self.district)
                text = text.replace(example, self.district)
            text = text.replace("东教发", f"{self.district[0]}教发")
            if self.region:  # the model's own example of a region, beside others, goes
                text = text.replace(EXAMPLE_REGION + "、", "").replace(EXAMPLE_REGION, self.region)
        return text

    def help(self, loc: tuple[Any, ...], text: str) -> str:
        """The help of the field at ``loc``: the title's says what the title will be."""
        if loc == ("meta", "title") and self.title:
            return f"不填时自动生成：{self.title}"
        return self(text)


#: The words of a place not yet known: the model's own.
UNKNOWN = Local()

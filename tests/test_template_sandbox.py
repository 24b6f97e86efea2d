"""What a template can read and do: a plain view, the set's own files, bounded work, text as text."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Literal

import pytest
from pydantic import BaseModel

from drafter.compose.sandbox import limits
from drafter.compose.compose import template_view
from drafter.compose.sandbox.environment import Sandbox, make_environment
from drafter.compose.sandbox.markup import chinese_number, number_text, parse, strip_marks
from drafter.compose.prose.numbers import NumberWriter
from drafter.compose.sandbox.render import render_string
from drafter.compose.sandbox.view import PLAIN, Record, ReportView, view_of
from drafter.errors import DrafterError
from drafter.inputs import load_report
from drafter.model.amount import Amount, parse_amount
from drafter.model.figure import Count, Figure
from drafter.outline import Heading
from tests.conftest import EXAMPLES, document_text


def _leaves(value, path="") -> list[tuple[str, object]]:
    if isinstance(value, Record):
        return [leaf for name, item in value for leaf in _leaves(item, f"{path}.{name}")]
    if isinstance(value, tuple):
        return [leaf for i, item in enumerate(value) for leaf in _leaves(item, f"{path}[{i}]")]
    return [(path, value)]


@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.glob("*.json")))
def test_templates_read_plain_values_only(example: str) -> None:
    view = template_view(load_report(EXAMPLES / example))
    leaves = [leaf for name, value in view.names.items() for leaf in _leaves(value, name)]
    assert leaves
    strange = [(path, type(value).__name__) for path, value in leaves if not isinstance(value, PLAIN)]
    assert strange == []


class _Item(BaseModel):
    title: str
    kind: Literal["甲", "乙"] = "甲"


class _Toy(BaseModel):
    name: str
    when: dt.date
    count: Figure
    items: list[_Item]
    lines: list[str]
    breakdown: dict[str, Amount]
    nested: _Item


def test_the_view_is_walked_from_any_model() -> None:
    toy = _Toy(
        name="东丽",
        when=dt.date(2024, 12, 31),
        count=Figure(value=parse_amount("280余")),
        items=[_Item(title="一"), _Item(title="二", kind="乙")],
        lines=["第一句", "第二句"],
        breakdown={"小学": parse_amount(12), "items": parse_amount("3万")},
        nested=_Item(title="内"),
    )
    view = view_of(toy)
    names = view.names
    assert names["name"] == "东丽" and names["lines"] == ("第一句", "第二句")
    assert (names["when"].year, names["when"].month, names["when"].day) == (2024, 12, 31)
    assert names["items"][1].title == "二" and names["items"][1]["kind"] == "乙"
    assert names["breakdown"]["小学"].value == Decimal(12)
    assert names["breakdown"].items.value == Decimal(30000)  # a key called items is that key
    assert names["count"].value.text == "280余" and names["nested"].title == "内"
    assert [name for name, _ in names["breakdown"]] == ["小学", "items"]
    assert view.model_of(names["count"]) is toy.count
    assert view.model_of(names["items"]) is toy.items
    assert view.model_of([(names["count"], "个")]) == [(toy.count, "个")]
    with pytest.raises(AttributeError):
        names["nested"].title = "改"


def _render(text: str, **names) -> str:
    env = make_environment(Path(__file__).parent, NumberWriter())
    view = ReportView()
    for name, value in names.items():
        view.add(name, value)
    env.start_document(view)
    return render_string(env, text, "测试")


def test_values_print_as_the_report_writes_them() -> None:
    text = strip_marks(_render(
        "{{ when }}|{{ when|date }}|{{ n }}|{{ n.value }}|{{ d }}|{{ nothing }}",
        when=dt.date(2024, 12, 31),
        n=Count("新增学位", "个").attach(Figure(value=parse_amount(300))),
        d=Decimal("2.50"),
        nothing=None,
    ))
    assert "2024年12月31日|2024年12月31日|" in text and text.endswith("|300个|300|2.5|")


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("{{ m }}", "“m”这一组数据"),
        ("{{ m.lines }}", "列表"),
        ("{{ m.nope }}", "“m”下没有“nope”这一项"),
        ("{{ m.title.format(1) }}", "不允许"),
        ("{{ '%s' % 1 }}", "不能用 %"),
    ],
)
def test_what_a_template_cannot_print_or_call(template: str, message: str) -> None:
    with pytest.raises(DrafterError) as caught:
        _render(template, m={"title": "{0}", "lines": ["甲"]})
    assert message in str(caught.value)


#: A value only the environment holds; the reads below would print it if they got through.
SECRET = "SECRET-7d41b0"

#: Reads of Python's internals that print text when nothing stops them: jinja's attribute check
#: (names starting with ``_``, and internals such as a generator's ``gi_code``) is what refuses
#: them, since none of them calls anything.
INTERNALS = [
    pytest.param("{{ cycler.__init__.__globals__.os.environ.DRAFTER_SANDBOX_SECRET }}", id="cycler-environ"),
    pytest.param("{{ joiner.__init__.__globals__.os.environ.DRAFTER_SANDBOX_SECRET }}", id="joiner-environ"),
    pytest.param("{{ namespace.__init__.__globals__.os.environ.DRAFTER_SANDBOX_SECRET }}", id="namespace-environ"),
    pytest.param("{{ range.__func__.__globals__.jinja2.utils.os.environ.DRAFTER_SANDBOX_SECRET }}", id="range-globals"),
    pytest.param("{{ cycler['__init__']['__globals__']['os']['environ']['DRAFTER_SANDBOX_SECRET'] }}", id="by-subscript"),
    pytest.param("{{ range.__self__.__class__.__name__ }}", id="range-self"),
    pytest.param("{{ m.title.__class__.__name__ }}", id="text-class"),
    pytest.param("{{ m.__class__.__module__ }}", id="record-module"),
    pytest.param("{{ when.__class__.__module__ }}", id="date-module"),
    pytest.param("{{ dict.__name__ }}", id="dict-name"),
    pytest.param("{% for x in [1] %}{{ loop.__class__.__module__ }}{% endfor %}", id="loop-module"),
    pytest.param("{% macro f() %}{% endmacro %}{{ f.__class__.__module__ }}", id="macro-module"),
    pytest.param("{{ self.__class__.__module__ }}", id="template-module"),
    pytest.param("{% set ns = namespace() %}{{ ns.__class__.__module__ }}", id="namespace-module"),
    pytest.param("{{ ([1]|map('string')).gi_code.co_filename }}", id="generator-code"),
    pytest.param("{{ ([1]|select).gi_frame.f_code.co_name }}", id="generator-frame"),
]


def _render_internals(payload: str) -> str:
    return strip_marks(_render(payload, m={"title": "甲", "lines": ["乙"]}, when=dt.date(2024, 12, 31)))


@pytest.mark.parametrize("payload", INTERNALS)
def test_python_internals_are_refused(payload: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAFTER_SANDBOX_SECRET", SECRET)
    with pytest.raises(DrafterError) as caught:
        _render_internals(payload)
    assert "模板试图访问 Python 内部属性" in str(caught.value) and SECRET not in str(caught.value)


@pytest.mark.parametrize("payload", INTERNALS)
def test_each_refused_read_prints_text_when_the_attribute_check_is_gone(payload: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """What makes the test above able to fail: with jinja's attribute check switched off, every
    payload prints text (the secret, a class, module or file name) instead of being refused."""
    monkeypatch.setenv("DRAFTER_SANDBOX_SECRET", SECRET)
    monkeypatch.setattr(Sandbox, "is_safe_attribute", lambda self, obj, attr, value: True)
    text = _render_internals(payload)
    assert text and "模板" not in text
    if "DRAFTER_SANDBOX_SECRET" in payload:
        assert text == SECRET


def test_expression_output_is_one_line_of_text() -> None:
    text = _render("{{ s }}", s="甲\n# 乙\r丙\u2028丁\x85戊\x0b己\x1c庚\x00")
    assert "\n" not in text and "\r" not in text and "\u2028" not in text and "\x00" not in text
    blocks = parse(f"# 标题\n{text}\n{_render('{{ h }}', h='# 不是标题')}\n")
    assert [b.text for b in blocks if isinstance(b, Heading)] == ["标题"]


# -- whole builds -----------------------------------------------------------------------------
def test_clerk_text_never_becomes_structure(build, report_data) -> None:
    highlights = ["第一句\n# 注入标题", "# 井号开头的句子", "- 横线开头的句子", "甲\r## 乙", "丙\u2028### 丁"]
    document = build(
        report_data(
            party={"organisation": {"new_members": 57, "highlights": highlights}},
            next_steps=[{"title": "\n# 注入步骤", "text": ["内容\n- 点"]}],
        )
    )
    headings = [p.text for p in document.paragraphs if p.style.name in ("Heading 1", "Heading 2")]
    assert headings == ["一、坚持党建引领，全面加强教育系统党的建设", "二、2025年工作打算"]
    text = document_text(document)
    assert "# 井号开头的句子。" in text and "- 横线开头的句子。" in text and "注入标题" in text


def test_a_large_report_builds(build, report_data) -> None:
    sentence = "持续推进学前教育普及普惠安全优质发展，建成一批优质园所，完善保教质量评估体系" * 3
    highlights = [f"第{i}条：{sentence}" for i in range(1100)]
    document = build(report_data(education={"preschool": {"new_places": 300, "highlights": highlights}}))
    text = document_text(document)
    assert "第1099条" in text and "新增学前学位300个" in text


def _exported(run_cli, folder: Path) -> Path:
    run_cli("templates", "export", "summary", str(folder))
    return folder


def test_a_set_may_include_and_import_its_own_files(run_cli, tmp_path: Path, build, report_data) -> None:
    folder = _exported(run_cli, tmp_path / "t")
    (folder / "parts").mkdir()
    (folder / "parts" / "macros.j2").write_text(
        "{% macro part(title, figure) %}### {{ title }}\n新增学前学位{{ figure|fig }}。\n{% endmacro %}", encoding="utf-8"
    )
    (folder / "parts" / "intro.j2").write_text("本区{{ meta.year }}年的学前教育。\n", encoding="utf-8")
    (folder / "education.j2").write_text(
        "{% import 'parts/macros.j2' as m %}# 各类教育\n{% include 'parts/intro.j2' %}\n\n"
        "{{ m.part('学前教育', education.preschool.new_places) }}\n",
        encoding="utf-8",
    )
    document = build(report_data(education={"preschool": {"new_places": 300}}), "--templates", str(folder))
    run_in = [p.text for p in document.paragraphs if p.style.name == "Heading 3"]
    assert run_in == ["1.学前教育。新增学前学位300个。"]
    assert "本区2024年的学前教育。" in document_text(document)


def test_a_template_past_its_time_is_stopped(run_cli, tmp_path: Path, report_data, monkeypatch) -> None:
    monkeypatch.setattr(limits, "DEADLINE", -1.0)
    data = tmp_path / "data.json"
    data.write_text(json.dumps(report_data(education={"preschool": {"new_places": 300}})), encoding="utf-8")
    code, _, err = run_cli("build", str(data), "-o", "out.docx")
    assert code == 1 and "模板运行超过" in err and ".j2" in err
    assert not (tmp_path / "out.docx").exists()


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="the memory backstop needs Linux")
def test_the_memory_backstop_holds_and_lets_go() -> None:
    import resource

    before = resource.getrlimit(resource.RLIMIT_AS)
    with limits.memory_backstop():
        with pytest.raises(MemoryError):
            bytearray(limits.MEMORY_HEADROOM * 2)
    assert resource.getrlimit(resource.RLIMIT_AS) == before


# -- numbering --------------------------------------------------------------------------------
def test_numbering_patterns_are_filled_not_formatted() -> None:
    assert number_text("（{cn}）", 3) == "（三）" and number_text("{n}.", 12) == "12."
    assert number_text("第{n}条{cn}", 105) == "第105条一百零五"


def test_more_than_ninety_nine_points_are_numbered() -> None:
    text = "# 标题\n" + "".join(f"- 第{i}条\n内容{i}。\n" for i in range(1, 121))
    paragraph = [b for b in parse(text) if not isinstance(b, Heading)][0].text
    assert "一百二十是第120条。内容120。" in paragraph
    assert chinese_number(100) == "一百" and chinese_number(111) == "一百一十一"

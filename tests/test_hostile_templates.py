"""A corpus of hostile template sets: none runs code, reads outside files or eats the machine.

Each case is a small set (a manifest and one or two templates) built from the table below, used
to build a report the way a clerk would (``drafter build data.json --templates SET``). Every case
must end in exit 1 with a Chinese message naming the file (or exit 0 when the payload is inert),
create no marker file, and show a secret token kept outside the set (in a file, and in the
environment) nowhere: not in the document, not in a message. All cases run in one child process with an address-space limit and a generous
timeout: that is a safety bound, not a speed test.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symbolic links and the memory limit of the child need POSIX")

RUNNER = Path(__file__).with_name("hostile_runner.py")
TOKEN = "TOKEN-5f2c9e"
MEMORY_LIMIT = 1536 * 1024 * 1024
TIMEOUT = 600

MANIFEST = """kind = "summary"
name = "年度教育工作总结"
title = "{{ meta.district }}{{ meta.year }}年教育工作总结"
sections = ["party"]

[numbering]
1 = "{cn}、"
"""
PARTY = "# 党的建设\n发展党员{{ party.organisation.new_members|fig }}。\n"

#: Python that creates the marker file when run: what a payload would execute.
PICKLE = "cos\\nsystem\\n(S'touch @MARK@'\\ntR."
BIG = "{% set big = '字' * 100000 %}"


@dataclass(frozen=True)
class Case:
    name: str
    #: Line 3 of party.j2 (after the heading and one sentence).
    payload: str = ""
    #: Other files of the set, or replacements (``manifest.toml``); ``@…@`` names are filled in.
    files: dict[str, str] = field(default_factory=dict)
    #: Symbolic links in the set: name → target.
    links: dict[str, str] = field(default_factory=dict)
    #: The file the message must name; ``None`` when the set must build (the payload is inert).
    blames: str | None = "party.j2 第3行"


CASES = [
    # -- classic template injections ----------------------------------------------------------
    Case("mro", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    Case("subclasses-loop", "{% for c in [].__class__.__base__.__subclasses__() %}{{ c }}{% endfor %}"),
    Case("cycler-globals", "{{ cycler.__init__.__globals__.os.popen('touch @MARK@').read() }}"),
    Case("joiner-globals", "{{ joiner.__init__.__globals__['__builtins__']['open']('@SECRET@').read() }}"),
    Case("namespace-globals", "{{ namespace.__init__.__globals__['__builtins__']['__import__']('os').system('touch @MARK@') }}"),
    Case("template-reference", "{{ self._TemplateReference__context }}"),
    Case("lipsum-globals", "{{ lipsum.__globals__['os'].system('touch @MARK@') }}"),
    Case("config", "{{ config.items() }}"),
    Case("request", "{{ request.application.__globals__.__builtins__.open('@SECRET@').read() }}"),
    Case("range-self", "{{ range.__self__.loader }}"),
    Case("dict-fromkeys", "{{ dict.fromkeys('ab') }}"),
    Case("date-method", "{{ meta.date.strftime('%Y') }}"),
    Case("record-internals", "{{ party.organisation._values }}"),
    Case("print-a-function", "{{ meta.organ.upper }}"),
    # -- reads that print text when the attribute check is gone (no call to refuse) -----------
    Case("cycler-environ", "{{ cycler.__init__.__globals__.os.environ.DRAFTER_SANDBOX_SECRET }}"),
    Case("joiner-environ", "{{ joiner['__init__']['__globals__']['os']['environ']['DRAFTER_SANDBOX_SECRET'] }}"),
    Case("range-globals", "{{ range.__func__.__globals__.jinja2.utils.os.environ.DRAFTER_SANDBOX_SECRET }}"),
    Case("record-module", "{{ party.organisation.__class__.__module__ }}"),
    Case("text-class", "{{ meta.organ.__class__.__name__ }}"),
    Case("generator-code", "{{ (party.organisation.highlights|select).gi_code.co_filename }}"),
    # -- the shapes reported against live models ------------------------------------------------
    Case("parse-raw-pickle", f"{{{{ meta.parse_raw(\"{PICKLE}\", proto='pickle', allow_pickle=True) }}}}"),
    Case(
        "parse-raw-in-title",
        files={"manifest.toml": MANIFEST.replace('title = "', "title = \"{{ meta.parse_raw(meta.organ, proto='pickle', allow_pickle=True) }}")},
        blames="manifest.toml 第3行",
    ),
    Case("parse-file", "{{ meta.parse_file('@SECRET@') }}"),
    Case("model-fields", "{{ report.model_fields['meta'].annotation.parse_raw('{}') }}"),
    Case("class-method", "{{ meta.__class__.parse_file('@SECRET@') }}"),
    Case("schema-json", "{{ meta.schema_json(indent=150000) }}"),
    Case("model-dump", "{{ party.model_dump() }}"),
    # -- files outside the set ------------------------------------------------------------------
    Case("symlinked-include", "{% include 'leak.j2' %}", links={"leak.j2": "@OUTSIDE@/secret.j2"}),
    Case("symlinked-section", links={"party.j2": "@OUTSIDE@/secret.j2"}, blames="party.j2"),
    Case("symlinked-dir", "{% include 'rootlink/secret.j2' %}", links={"rootlink": "@OUTSIDE@"}),
    Case("dotdot-include", "{% include '../outside/secret.j2' %}"),
    Case("absolute-include", "{% include '@OUTSIDE@/secret.j2' %}"),
    Case("dotdot-import", "{% import '../outside/secret.j2' as s %}{{ s }}"),
    Case("dotdot-extends", "{% extends '../outside/secret.j2' %}"),
    Case("symlinked-manifest", links={"manifest.toml": "@OUTSIDE@/manifest.toml"}, blames="manifest.toml"),
    Case("manifest-dotdot-section", files={"manifest.toml": MANIFEST.replace('["party"]', '["../outside/secret"]')}, blames="manifest.toml 第4行"),
    # -- manifest numbering ---------------------------------------------------------------------
    Case("numbering-attribute", files={"manifest.toml": MANIFEST.replace('"{cn}、"', '"{n.__class__.__mro__}、"')}, blames="manifest.toml 第7行"),
    Case("numbering-width", files={"manifest.toml": MANIFEST.replace('"{cn}、"', '"{cn:>200000000}、"')}, blames="manifest.toml 第7行"),
    Case("numbering-index", files={"manifest.toml": MANIFEST.replace('"{cn}、"', '"{0}、"')}, blames="manifest.toml 第7行"),
    Case("numbering-number", files={"manifest.toml": MANIFEST.replace('[numbering]\n1 = "{cn}、"', "numbering = 5")}, blames="manifest.toml 第6行"),
    Case("continuous-number", files={"manifest.toml": MANIFEST + "continuous = 3\n"}, blames="manifest.toml 第8行"),
    Case("deep-toml-array", files={"manifest.toml": MANIFEST + "point = " + "[" * 100_000 + "]" * 100_000 + "\n"}, blames="manifest.toml 第8行"),
    # -- jinja2 sandbox escapes with CVE numbers -------------------------------------------------
    Case("cve-2024-56326-stored-format", "{% set f = '{0.__class__.__init__.__globals__}'.format %}{{ f(cycler) }}"),
    Case("cve-2024-56326-format-via-filter", "{{ ['{0.__class__}'.format]|map('string')|join }}"),
    Case("cve-2025-27516-attr-format", "{{ ('{0.__class__}'|attr('format'))(1) }}"),
    Case("cve-2024-22195-xmlattr", "{{ {'onclick=alert(1) x': 1}|xmlattr }}"),
    # -- amplifiers: output, memory and time ----------------------------------------------------
    Case("printf-filter", "{{ '%999999999s'|format('x') }}"),
    Case("printf-operator", "{{ '%999999999s' % 'x' }}"),
    Case("doubling-namespace", "{% set ns = namespace(s='ab') %}{% for i in range(64) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s|length }}"),
    Case("unrolled-concat", BIG + "{% set b = big~big~big~big~big~big~big~big~big~big %}{% set c = b~b~b~b~b~b~b~b~b~b %}{{ c|length }}"),
    Case("replace-method", BIG + "{{ big.replace('字', big)|length }}"),
    Case("replace-filter", BIG + "{{ (big|replace('字', big))|length }}"),
    Case("center", "{{ 'x'.center(999999999) }}"),
    Case("ljust", "{{ 'x'.ljust(999999999) }}"),
    Case("zfill", "{{ '1'.zfill(999999999) }}"),
    Case("expandtabs", "{{ ('\\t' * 1000).expandtabs(99999999) }}"),
    Case("huge-range", "{% for i in range(10 ** 12) %}{% endfor %}"),
    Case("nested-range", "{% for i in range(2000) %}{% for j in range(2000) %}{% endfor %}{% endfor %}"),
    Case("nested-list-loops", "{% set l = [1] * 100000 %}{% for a in l %}{% for b in l %}{% endfor %}{% endfor %}"),
    Case("lipsum", "{{ lipsum(n=3000000) }}"),
    Case("recursive-loop", "{% for x in [0] recursive %}{% if x < 60 %}{{ loop(range(999999)) }}{% endif %}{% endfor %}"),
    Case("include-in-loop", "{% for i in range(999999) %}{% include 'other.j2' %}{% endfor %}", files={"other.j2": "字\n"}),
    Case("include-list-in-loop", "{% for i in range(999999) %}{% include ['other.j2'] %}{% endfor %}", files={"other.j2": "字\n"}),
    Case("huge-number-printed", "{% set ns = namespace(x=party.organisation.new_members.value.value) %}{% for i in range(60) %}{% set ns.x = ns.x * 1000000 %}{% endfor %}{{ ns.x }}"),
    Case("macro-recursion", "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}"),
    Case("macro-doubling", "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}{{ f(40) }}"),
    Case("power", "{{ 9 ** 999999999 }}"),
    Case("squaring", "{% set ns = namespace(x=3) %}{% for i in range(100) %}{% set ns.x = ns.x * ns.x %}{% endfor %}{{ ns.x }}"),
    Case("list-repeat", "{{ ([1] * 10 ** 9)|length }}"),
    Case("set-block", "{% set x %}{% for i in range(999999) %}" + "字" * 100 + "{% endfor %}{% endset %}{{ x|length }}"),
    Case("work-without-output", BIG + "{% for i in range(999999) %}{% set y = big|upper %}{% endfor %}"),
    Case("method-work-without-output", BIG + "{% for i in range(999999) %}{% set y = big.upper() %}{% endfor %}"),
    Case("join-amplified", BIG + "{{ [big, big, big, big]|join(big * 2) }}"),
    Case("batch-fill", "{{ [1]|batch(10 ** 9, 'x')|list|length }}"),
    Case("wordwrap", "{{ 'x'|wordwrap(999999999) }}"),
    Case("indent", "{{ 'x\\ny'|indent(999999999) }}"),
    Case("deep-expression", "{{ " + "(" * 100_000 + "1" + ")" * 100_000 + " }}"),
    Case("deep-blocks", "{% for i in [1] %}" * 25 + "字" + "{% endfor %}" * 25),
    Case("map-filter-on-text", "{{ party.organisation.highlights|map('fig')|list }}"),
    Case("self-include", "{% include 'party.j2' %}"),
    # -- inert: a payload that is just text -----------------------------------------------------
    Case("heading-in-expression", "{{ '\\n# 注入标题' }}", blames=None),
    Case("allowed-text-method", "{{ meta.organ.replace('教育局', '') }}。", blames=None),
]


def _fill(text: str, tmp: Path) -> str:
    return text.replace("@MARK@", str(tmp / "marker")).replace("@SECRET@", str(tmp / "outside" / "secret.json")).replace(
        "@OUTSIDE@", str(tmp / "outside")
    )


def _make_set(case: Case, folder: Path, tmp: Path) -> None:
    folder.mkdir(parents=True)
    files = {"manifest.toml": MANIFEST, "party.j2": PARTY + case.payload + "\n", **case.files}
    for name, text in files.items():
        if name not in case.links:
            (folder / name).write_text(_fill(text, tmp), encoding="utf-8")
    for name, target in case.links.items():
        (folder / name).symlink_to(_fill(target, tmp))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """Run every case in one child process; return its result by case name."""
    tmp = tmp_path_factory.mktemp("hostile")
    outside = tmp / "outside"
    outside.mkdir()
    (outside / "secret.json").write_text(json.dumps({"meta": {"token": TOKEN}}), encoding="utf-8")
    (outside / "secret.j2").write_text(f"# {TOKEN}\n{TOKEN}\n", encoding="utf-8")
    (outside / "manifest.toml").write_text(MANIFEST.replace("年度教育工作总结", TOKEN), encoding="utf-8")
    data = tmp / "data.json"
    report = {
        "meta": {"region": "天津市", "district": "东丽区", "organ": "天津市东丽区教育局", "year": 2024, "date": "2024-12-31"},
        "party": {"organisation": {"new_members": 57, "highlights": ["全面加强基层党组织建设"]}},
    }
    data.write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    specs = []
    for case in CASES:
        _make_set(case, tmp / "sets" / case.name, tmp)
        specs.append({"name": case.name, "data": str(data), "set": str(tmp / "sets" / case.name), "output": str(tmp / f"{case.name}.md")})
    spec_file = tmp / "cases.json"
    spec_file.write_text(json.dumps(specs, ensure_ascii=False), encoding="utf-8")
    child = subprocess.run(
        [sys.executable, str(RUNNER), str(spec_file)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        preexec_fn=_limit_memory if sys.platform.startswith("linux") else None,
        env={**os.environ, "DRAFTER_DEBUG": "", "DRAFTER_SANDBOX_SECRET": TOKEN},
    )
    lines = [json.loads(line) for line in child.stdout.splitlines() if line.strip()]
    results = {line["name"]: {**line, "tmp": tmp} for line in lines if "code" in line}
    started = [line["started"] for line in lines if "started" in line]
    assert child.returncode == 0, f"the corpus child died in case {started[-1] if started else '?'}: {child.stderr[-2000:]}"
    return results


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_a_hostile_set_is_refused_or_inert(corpus: dict[str, dict], case: Case) -> None:
    result = corpus[case.name]
    tmp: Path = result["tmp"]
    message = result["stderr"]
    everything = message + result["stdout"] + (result["output"] or "")
    assert TOKEN not in everything
    assert not (tmp / "marker").exists()
    assert "内部出错" not in message and "Traceback" not in message and "escaped" not in message
    assert not re.search(r"<(class|function|bound|built-in|module)|object at 0x", everything)
    if case.blames is None:
        assert result["code"] == 0, message
        return
    assert result["code"] == 1, (result["code"], message, (result["output"] or "")[:300])
    assert case.blames in message, message
    assert re.search(r"[\u4e00-\u9fff]", message.replace(case.blames, "")), message
    assert result["output"] is None


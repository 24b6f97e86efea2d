"""Templates a user owns: list, export, edit, build — safely."""

from __future__ import annotations

import json
import re
from pathlib import Path

import docx
import pytest

from drafter.compose.sandbox.limits import LOOP_LIMIT
from tests.conftest import ROOT, document_text


@pytest.fixture
def data_file(tmp_path: Path, report_data) -> Path:
    path = tmp_path / "data.json"
    data = report_data(party={"organisation": {"new_members": 57}}, education={"preschool": {"new_places": 300}})
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _export(run_cli, kind: str, folder: Path, *extra: str) -> tuple[int, str, str]:
    return run_cli("templates", "export", kind, str(folder), *extra)


def test_list_names_every_kind(run_cli) -> None:
    code, out, _ = run_cli("templates", "list")
    assert code == 0
    for kind, name in [("summary", "年度教育工作总结"), ("plan", "教育工作要点"), ("self_evaluation", "履行教育职责情况自评报告"), ("summary_and_plan", "工作总结及下年工作思路")]:
        assert kind in out and name in out


def test_export_copies_the_built_in_set(run_cli, tmp_path: Path) -> None:
    code, out, _ = _export(run_cli, "self_evaluation", tmp_path / "我的模板")
    assert code == 0 and "已导出" in out
    exported = {p.name for p in (tmp_path / "我的模板").iterdir()}
    built_in = {p.name for p in (ROOT / "templates" / "self_evaluation").iterdir()}
    shared = {p.name for p in (ROOT / "templates" / "shared").iterdir()}  # 基本情况 … which every kind includes
    assert exported == built_in | shared and "manifest.toml" in exported


def test_export_does_not_overwrite_without_force(run_cli, tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    _export(run_cli, "summary", folder)
    (folder / "party.j2").write_text("# 我改过的\n", encoding="utf-8")
    code, _, err = _export(run_cli, "summary", folder)
    assert code == 1 and "没有覆盖" in err and "party.j2" in err
    assert (folder / "party.j2").read_text(encoding="utf-8") == "# 我改过的\n"
    code, _, _ = _export(run_cli, "summary", folder, "--force")
    assert code == 0 and (folder / "party.j2").read_text(encoding="utf-8") != "# 我改过的\n"


def test_export_into_a_path_that_cannot_be_a_folder_says_why_in_chinese(run_cli, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    code, _, err = _export(run_cli, "summary", tmp_path / "a.txt" / "模板")
    assert code == 1 and "无法创建文件夹（路径中有一段不是文件夹）" in err, err


def test_export_of_an_unknown_kind(run_cli, tmp_path: Path) -> None:
    code, _, err = _export(run_cli, "report", tmp_path / "x")
    assert code == 1 and "没有“report”这个文种" in err and "summary" in err
    assert not (tmp_path / "x").exists()


def test_an_edited_set_changes_the_document(run_cli, tmp_path: Path, data_file: Path) -> None:
    import docx

    folder = tmp_path / "东丽写法"
    _export(run_cli, "summary", folder)
    party = folder / "party.j2"
    party.write_text(
        party.read_text(encoding="utf-8")
        .replace("# 坚持党建引领，全面加强教育系统党的建设", "# 党建统领，全面从严治党")
        .replace("全年{{ [s.new_members", "全年严格按程序{{ [s.new_members"),
        encoding="utf-8",
    )
    manifest = folder / "manifest.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace('3 = "{n}."', '3 = "（{n}）"'), encoding="utf-8")
    code, _, err = run_cli("build", str(data_file), "-o", "out.docx", "--templates", str(folder))
    assert code == 0, err
    text = document_text(docx.Document(str(tmp_path / "out.docx")))
    assert "一、党建统领，全面从严治党" in text
    assert "（1）基层党组织建设不断加强。全年严格按程序发展党员57名。" in text
    code, _, _ = run_cli("build", str(data_file), "-o", "builtin.docx")
    assert "全年严格按程序" not in document_text(docx.Document(str(tmp_path / "builtin.docx")))


def test_a_folder_of_several_kinds_works_too(run_cli, tmp_path: Path, data_file: Path) -> None:
    _export(run_cli, "summary", tmp_path / "sets" / "summary")
    (tmp_path / "sets" / "summary" / "opening.j2").write_text("{{ meta.district }}的开篇由本区自己写。\n", encoding="utf-8")
    code, _, err = run_cli("build", str(data_file), "-o", "out.md", "--format", "md", "--templates", str(tmp_path / "sets"))
    assert code == 0, err
    assert "东丽区的开篇由本区自己写。" in (tmp_path / "out.md").read_text(encoding="utf-8")


def test_a_set_of_another_kind_is_refused(run_cli, tmp_path: Path, data_file: Path) -> None:
    _export(run_cli, "plan", tmp_path / "plan")
    code, _, err = run_cli("build", str(data_file), "-o", "out.docx", "--templates", str(tmp_path / "plan"))
    assert code == 1 and "这套模板写的是“plan”" in err
    assert not (tmp_path / "out.docx").exists()


# -- what a broken or hostile template gets --------------------------------------------------
def _build_with(run_cli, tmp_path: Path, data_file: Path, party_j2: str) -> tuple[int, str]:
    folder = tmp_path / "t"
    if not folder.exists():
        _export(run_cli, "summary", folder)
    (folder / "party.j2").write_text(party_j2, encoding="utf-8")
    code, _, err = run_cli("build", str(data_file), "-o", "out.docx", "--templates", str(folder))
    return code, err


@pytest.mark.parametrize(
    "escape",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ meta.__init__ }}",
        "{{ cycler.__init__.__globals__ }}",
        "{{ report.__class__.__subclasses__() }}",
        "{{ party.theory.highlights.append('x') }}",
        "{{ lipsum.__globals__['os'] }}",
    ],
)
def test_reaching_python_internals_is_stopped(run_cli, tmp_path: Path, data_file: Path, escape: str) -> None:
    code, err = _build_with(run_cli, tmp_path, data_file, f"# 党建\n正文。\n{escape}\n")
    assert code == 1
    assert ("不允许" in err or "不存在" in err) and "party.j2 第3行" in err
    assert "Traceback" not in err
    assert not (tmp_path / "out.docx").exists()


@pytest.mark.parametrize(
    ("runaway", "message"),
    [
        ("{% for i in range(100000) %}{% for j in range(100000) %}字{% endfor %}{% endfor %}", "已停止"),
        ("{% for i in range(50) %}{% for j in range(99999) %}{% endfor %}{% endfor %}", f"循环超过{LOOP_LIMIT}次"),
        ("{{ '字' * 1000000000 }}", "个字符，已停止"),
        ("{{ 9 ** 999999999 }}", "乘方数字太大"),
        ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "没有结束"),
        ("{% for x in [1] * 10000000 %}{% endfor %}", "已停止"),
    ],
)
def test_runaway_templates_are_stopped(run_cli, tmp_path: Path, data_file: Path, runaway: str, message: str) -> None:
    code, err = _build_with(run_cli, tmp_path, data_file, f"# 党建\n{runaway}\n")
    assert code == 1, err
    assert message in err and "party.j2" in err
    assert not (tmp_path / "out.docx").exists()


def test_characters_no_reader_sees_are_dropped_from_a_templates_own_words(run_cli, tmp_path: Path, data_file: Path) -> None:
    """A right-to-left override reverses the text around it in Word; a template may not write one."""
    template = '# 党建\n{{ "党建\\u202e工作" }}扎实推进{{ "\\x01" }}，发展党员{{ party.organisation.new_members|fig }}。\n'
    code, err = _build_with(run_cli, tmp_path, data_file, template)
    assert code == 0, err
    text = document_text(docx.Document(str(tmp_path / "out.docx")))
    assert "党建工作扎实推进，发展党员57名。" in text


def test_a_long_but_finite_output_is_stopped_at_the_cap(run_cli, tmp_path: Path, data_file: Path) -> None:
    code, err = _build_with(run_cli, tmp_path, data_file, "# 党建\n{% for i in range(99999) %}一二三{% endfor %}\n")
    assert code == 1 and "模板写出的文字超过" in err and "party.j2" in err


@pytest.mark.parametrize(
    ("template", "message", "where"),
    [
        ("# 党建\n\n{% if %}\n", "这里缺少要判断或要写出的内容", "party.j2 第3行"),
        ("# 党建\n{% for x in party.theory.highlights %}\n{{ x }}\n", "{% for %} 缺少结束的 {% endfor %}", "party.j2 第3行"),
        ("# 党建\n{% if party %}\n{% endfor %}\n", "请先写 {% endif %}", "party.j2 第3行"),
        ("# 党建\n{{ party.theory highlights }}\n", "{{ }} 里多了“highlights”", "party.j2 第2行"),
        ("# 党建\n{{ 0.1|round(2, 'bad') }}\n", "给过滤器的参数不对", "party.j2 第2行"),
        ("# 党建\n{{ party.theroy.highlights|sentences }}\n", "没有“theroy”这一项", "party.j2 第2行"),
        ("# 党建\n\n\n{{ 发展党员|fig }}\n", "“发展党员”不存在", "party.j2 第4行"),
        ("# 党建\n{{ party.theory|nosuchfilter }}\n", "nosuchfilter", "party.j2 第2行"),
    ],
)
def test_template_errors_name_file_and_line(run_cli, tmp_path: Path, data_file: Path, template: str, message: str, where: str) -> None:
    code, err = _build_with(run_cli, tmp_path, data_file, template)
    assert code == 1 and message in err and where in err, err
    assert not re.search(r"(?i)jinja|expected|token|method|statement|end of", err), err  # jinja's English
    assert not (tmp_path / "out.docx").exists()


def test_a_manifest_naming_a_missing_template(run_cli, tmp_path: Path, data_file: Path) -> None:
    folder = tmp_path / "t"
    _export(run_cli, "summary", folder)
    (folder / "moral.j2").unlink()
    code, _, err = run_cli("build", str(data_file), "-o", "out.docx", "--templates", str(folder))
    assert code == 1 and "moral.j2" in err and "manifest.toml" in err


def test_a_missing_templates_folder(run_cli, tmp_path: Path, data_file: Path) -> None:
    code, _, err = run_cli("build", str(data_file), "-o", "out.docx", "--templates", str(tmp_path / "nowhere"))
    assert code == 1 and "模板文件夹不存在" in err


def test_the_loop_budget_is_per_document(run_cli, tmp_path: Path, data_file: Path) -> None:
    """Templates compile once per process; the loop budget must still start afresh per build."""
    loop = "# 党建\n{% for i in range(" + str(LOOP_LIMIT * 2 // 3) + ") %}{% endfor %}新增学位{{ education.preschool.new_places|fig }}。\n"
    for _ in range(2):
        code, err = _build_with(run_cli, tmp_path, data_file, loop)
        assert code == 0, err
        (tmp_path / "out.docx").unlink()

"""The command as a clerk meets it: clear Chinese messages, exit codes, and no stray files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, MINIMAL_META, document_text, example


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def files(tmp_path: Path) -> set[str]:
    return {p.name for p in tmp_path.iterdir()}


BAD_INPUTS = {
    "json_syntax": ('{\n  "meta": {"region": "天津市",}\n}', ["data.json 第2行第2", "JSON 格式错误", "最后一项后面不能有逗号"]),
    "chinese_quotes": ('{“meta”: {}}', ["第1行第2列", "中文引号"]),
    "line_break_in_quotes": ('{"meta": {"district": "青溪\n县"}}', ["第1行第26列", "引号里不能直接换行"]),
    "wrong_type": (json.dumps({"meta": {**MINIMAL_META, "year": "明年"}}), ["报告信息 › 年度（meta.year）", "应填写整数"]),
    "unknown_field": (
        json.dumps({"meta": MINIMAL_META, "education": {"preschool": {"new_place": 5}}}),
        ["不认识的字段“new_place”", "是不是“new_places”（新增学前学位）"],
    ),
    "out_of_range": (
        json.dumps({"meta": MINIMAL_META, "moral": {"pe": {"fitness_pass_rate": "101%"}}}),
        ["学生体质健康合格率（moral.pe.fitness_pass_rate）", "不能大于100%"],
    ),
    "missing_meta": ('{"party": {}}', ["报告信息（meta）", "缺少这一项"]),
    "not_an_object": ("[1, 2]", ["最外层应是一个对象"]),
    "unknown_choice": (
        json.dumps({"meta": {**MINIMAL_META, "kind": "年报"}}),
        ["文种（meta.kind）", "“年报”不是可选的值，可选：summary、plan、self_evaluation、summary_and_plan"],
    ),
    "list_for_an_object": (json.dumps({"meta": []}), ["报告信息（meta）", "应填写对象（用花括号 { } 括起来）"]),
    "number_for_a_date": (json.dumps({"meta": {**MINIMAL_META, "date": 20241231}}), ["成文日期（meta.date）", "应填写日期"]),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_gets_a_clear_message_and_no_file(tmp_path: Path, run_cli, case: str) -> None:
    text, expected = BAD_INPUTS[case]
    source = write(tmp_path, "data.json", text)
    code, out, err = run_cli("build", str(source))
    assert code == 1
    assert err.startswith("错误：")
    for fragment in expected:
        assert fragment in err
    assert "Traceback" not in err
    assert files(tmp_path) == {"data.json"}


def test_several_problems_are_all_reported(tmp_path: Path, run_cli) -> None:
    data = {"meta": MINIMAL_META, "education": {"preschool": {"new_places": "x", "public_share": "300"}}}
    code, _, err = run_cli("build", str(write(tmp_path, "d.json", json.dumps(data))))
    assert code == 1
    assert err.count("错误：") == 2


def test_missing_file(tmp_path: Path, run_cli) -> None:
    code, _, err = run_cli("build", "nothere.json")
    assert code == 1 and "找不到这个文件" in err


def test_unreadable_file(tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch) -> None:
    source = write(tmp_path, "data.json", "{}")

    real_open = os.open

    def denied(path: object, *args: object, **kwargs: object) -> int:
        if str(path) == str(source):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", denied)
    code, _, err = run_cli("build", str(source))
    assert code == 1 and "无法读取文件（没有权限）" in err and "data.json" in err


def test_a_folder_is_not_a_data_file(tmp_path: Path, run_cli) -> None:
    (tmp_path / "folder").mkdir()
    code, _, err = run_cli("build", "folder")
    assert code == 1 and "文件夹" in err


def test_gbk_encoded_file_is_read(tmp_path: Path, run_cli) -> None:
    data = {"meta": MINIMAL_META, "education": {"preschool": {"new_places": 300}}}
    (tmp_path / "gbk.json").write_bytes(json.dumps(data, ensure_ascii=False).encode("gb18030"))
    code, _, err = run_cli("build", "gbk.json", "-o", "out.docx")
    assert code == 0, err


def test_default_output_name_comes_from_the_title(tmp_path: Path, run_cli) -> None:
    code, out, _ = run_cli("build", str(EXAMPLES / "dongli-2024.json"))
    assert code == 0
    assert "天津市东丽区2024年教育工作总结.docx" in files(tmp_path)
    assert "已生成" in out


def test_existing_output_is_not_overwritten_without_force(tmp_path: Path, run_cli) -> None:
    target = write(tmp_path, "out.docx", "precious")
    code, _, err = run_cli("build", str(EXAMPLES / "dongli-2024.json"), "-o", "out.docx")
    assert code == 1 and "--force" in err
    assert target.read_text(encoding="utf-8") == "precious"
    code, _, _ = run_cli("build", str(EXAMPLES / "dongli-2024.json"), "-o", "out.docx", "--force")
    assert code == 0 and target.read_bytes()[:2] == b"PK"


def test_a_failed_build_leaves_the_old_file_and_no_temporary_file(tmp_path: Path, run_cli) -> None:
    target = write(tmp_path, "out.docx", "precious")
    bad = write(tmp_path, "bad.json", json.dumps({"meta": {**MINIMAL_META, "year": "x"}}))
    code, _, _ = run_cli("build", str(bad), "-o", "out.docx", "--force")
    assert code == 1
    assert target.read_text(encoding="utf-8") == "precious"
    assert files(tmp_path) == {"out.docx", "bad.json"}


def test_a_write_failure_leaves_no_partial_file(tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch) -> None:
    import drafter.atomic

    def boom(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(drafter.atomic.os, "replace", boom)
    code, _, err = run_cli("build", str(EXAMPLES / "dongli-2024.json"), "-o", "out.docx")
    assert code == 1
    assert "无法写入文件" in err and "out.docx" in err
    assert files(tmp_path) == set()


def test_markdown_preview(tmp_path: Path, run_cli) -> None:
    code, out, _ = run_cli("build", str(EXAMPLES / "dongli-2024.json"), "--format", "md")
    assert code == 0
    assert out.startswith("# 天津市东丽区2024年教育工作总结")
    assert "\n1.理论武装持续深化。及时传达" in out  # plain like the .docx; bold with style.run_in_bold (tests/test_markdown.py)
    assert files(tmp_path) == set()


def test_schema_is_valid_json_with_chinese_titles(run_cli) -> None:
    code, out, _ = run_cli("schema")
    assert code == 0
    schema = json.loads(out)
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert schema["$defs"]["Meta"]["properties"]["organ"]["title"] == "发文机关"


def test_schema_dates_take_the_forms_a_clerk_writes(run_cli) -> None:
    """An editor that checks formats must not flag ``2024年12月31日``, which drafter accepts."""
    import re

    _, out, _ = run_cli("schema")
    assert '"format": "date"' not in out
    schema = json.loads(out)
    date = schema["$defs"]["Meta"]["properties"]["date"]
    assert date["type"] == "string"
    for written in ("2024-12-31", "2024年12月31日", "2024.12.31", "2024年1月5日"):
        assert re.search(date["pattern"], written), written
    assert not re.search(date["pattern"], "明年")


def test_version_and_usage(run_cli) -> None:
    with pytest.raises(SystemExit) as version:
        run_cli("--version")
    assert version.value.code == 0
    with pytest.raises(SystemExit) as usage:
        run_cli("build")
    assert usage.value.code == 2


def test_usage_errors_are_chinese(run_cli, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run_cli("build", "--format", "pdf", "x.json")
    err = capsys.readouterr().err
    assert "错误：" in err and "无效的选项" in err


def test_an_output_open_in_word_gets_a_message_saying_so(tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch) -> None:
    import drafter.atomic

    def locked(*_: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(drafter.atomic.os, "replace", locked)
    code, _, err = run_cli("build", str(EXAMPLES / "dongli-2024.json"), "-o", "out.docx")
    assert code == 1
    assert "正在 Word 或 WPS 里打开" in err and "out.docx" in err and "Permission" not in err
    assert files(tmp_path) == set()


@pytest.mark.parametrize("date", ["1999年1月1日", "2027-01-01"])
def test_a_date_far_from_the_year_is_refused(run_cli, tmp_path: Path, date: str) -> None:
    data = example("sample-county.json")
    data["meta"]["date"] = date
    (tmp_path / "data.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, _, err = run_cli("build", "data.json", "-o", "out.docx")
    assert code == 1 and not (tmp_path / "out.docx").exists()
    assert "成文日期（meta.date）" in err and "和年度2025年对不上" in err and "2024年至2026年之间" in err


@pytest.mark.parametrize(("year", "date"), [(2025, "2024-12-20"), (2024, "2025-01-10")])
def test_a_plan_dated_the_year_before_and_a_summary_the_year_after_are_fine(build, year: int, date: str) -> None:
    data = example("sample-county.json")
    data["meta"].update(year=year, date=date)
    assert "青溪县" in document_text(build(data))


def test_a_district_without_its_place_word_is_refused(run_cli, tmp_path: Path) -> None:
    data = example("sample-county.json")
    data["meta"]["district"] = "青溪"
    (tmp_path / "data.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, _, err = run_cli("build", "data.json", "-o", "out.docx")
    assert code == 1 and not (tmp_path / "out.docx").exists()
    assert "（meta.district）" in err and "“青溪”不是区（县）的全称" in err
    assert "请写全称，如 青溪县、东丽区、达拉特旗" in err


def test_true_as_a_year_asks_for_a_whole_number(run_cli, tmp_path: Path) -> None:
    data = example("sample-county.json")
    data["meta"]["year"] = True
    data["education"]["preschool"]["new_places"] = {"value": 3, "previous": 2, "previous_year": False}
    (tmp_path / "data.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, _, err = run_cli("build", "data.json", "-o", "out.docx")
    assert code == 1 and not (tmp_path / "out.docx").exists()
    assert "年度（meta.year）：应填写整数（年份，如 2025）" in err
    assert "对比年份（education.preschool.new_places.previous_year）：应填写整数" in err
    assert "True" not in err and "太小" not in err


# -- drafter example ---------------------------------------------------------------------------
def test_example_writes_the_dongli_data_file_that_builds(run_cli, tmp_path: Path) -> None:
    code, out, _ = run_cli("example")
    assert code == 0 and "已生成：dongli-2024.json" in out and "drafter build dongli-2024.json" in out
    assert (tmp_path / "dongli-2024.json").read_bytes() == (EXAMPLES / "dongli-2024.json").read_bytes()
    code, out, err = run_cli("build", "dongli-2024.json")
    assert code == 0, err
    assert (tmp_path / "天津市东丽区2024年教育工作总结.docx").is_file()


@pytest.mark.parametrize("name", sorted(p.stem for p in EXAMPLES.glob("*.json")))
def test_example_writes_each_example_by_name(run_cli, tmp_path: Path, name: str) -> None:
    code, _, err = run_cli("example", name, "-o", "数据.json")
    assert code == 0, err
    assert (tmp_path / "数据.json").read_bytes() == (EXAMPLES / f"{name}.json").read_bytes()


def test_example_keeps_an_existing_file_and_names_the_examples_it_has(run_cli, tmp_path: Path) -> None:
    (tmp_path / "dongli-2024.json").write_text("{}", encoding="utf-8")
    code, _, err = run_cli("example")
    assert code == 1 and "已存在" in err and "--force" in err
    assert (tmp_path / "dongli-2024.json").read_text(encoding="utf-8") == "{}"
    code, _, err = run_cli("example", "东丽")
    assert code == 1 and "没有叫“东丽”的示例" in err and "sample-county" in err and "Traceback" not in err
    code, _, err = run_cli("example", "-o", "示例.txt")
    assert code == 1 and ".json" in err and not (tmp_path / "示例.txt").exists()

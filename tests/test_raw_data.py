"""Data no report has: invisible characters, nesting thousands deep, huge numbers, NaN, floods of
unknown fields. Invisible characters are dropped with a warning naming the field; the rest gets
a message naming the file or field, exit 1 and no file."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from tests.conftest import EXAMPLES, MINIMAL_META, document_text, example

INVISIBLE = ["\x00", "\x01", "\x0b", "\x1f", "\x7f", "\x85", "\ufffe", "\uffff", "\ud800", "\u202e", "\u2066"]


def files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def write_json(folder: Path, data: object, name: str = "data.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(data), encoding="utf-8")  # \u escapes: a lone surrogate can only be written so
    return path


@pytest.mark.parametrize("char", INVISIBLE, ids=[f"U+{ord(c):04X}" for c in INVISIBLE])
def test_invisible_characters_are_dropped_with_a_warning_naming_the_field(tmp_path: Path, run_cli, char: str) -> None:
    data = example("dongli-2024.json")
    data["education"]["preschool"]["highlights"][1] = f"新建{char}幼儿园"
    source = write_json(tmp_path, data)
    code, out, err = run_cli("build", str(source), "-o", "out.docx")
    assert code == 0, err
    assert err.startswith("注意：data.json ")
    assert "education.preschool.highlights[1]" in err and "第2条" in err
    assert f"U+{ord(char):04X}" in err and "已删除" in err
    assert "新建幼儿园" in document_text(docx.Document(str(tmp_path / "out.docx")))


RAW_CONTROL = ["\x00", "\x01", "\x0b", "\x1f"]


@pytest.mark.parametrize("char", RAW_CONTROL, ids=[f"U+{ord(c):04X}" for c in RAW_CONTROL])
def test_a_control_character_typed_raw_inside_quotes_is_dropped_like_an_escaped_one(
    tmp_path: Path, run_cli, char: str
) -> None:
    """Raw, it is not valid JSON; but nobody can find an invisible character to delete it."""
    data = example("dongli-2024.json")
    data["education"]["preschool"]["highlights"][1] = "新建MARK幼儿园"
    data["meta"]["organ"] += "\t"  # a raw tab inside quotes, pasted from a spreadsheet: kept
    text = json.dumps(data, ensure_ascii=False).replace("MARK", char).replace("\\t", "\t")
    source = tmp_path / "data.json"
    source.write_text(text, encoding="utf-8")
    code, out, err = run_cli("build", str(source), "-o", "out.docx")
    assert code == 0, err
    assert "education.preschool.highlights[1]" in err and f"U+{ord(char):04X}" in err and "已删除" in err
    assert "新建幼儿园" in document_text(docx.Document(str(tmp_path / "out.docx")))


def test_the_warning_comes_before_the_file_is_written(tmp_path: Path, run_cli) -> None:
    data = example("dongli-2024.json")
    data["meta"]["organ"] += "\x01"
    code, out, err = run_cli("build", str(write_json(tmp_path, data)), "-o", "out.docx", "--force")
    assert code == 0 and "注意：" in err and "meta.organ" in err and out.startswith("已生成")


def test_a_right_to_left_override_reaches_neither_the_text_nor_the_file_name(tmp_path: Path, run_cli) -> None:
    data = example("dongli-2024.json")
    data["meta"]["title"] = "东丽区\u202e结总作工"
    code, out, err = run_cli("build", str(write_json(tmp_path, data)))
    assert code == 0, err
    assert "meta.title" in err
    assert files(tmp_path) == {"data.json", "东丽区结总作工.docx"}


def test_a_flood_of_invisible_characters_is_counted_not_listed(tmp_path: Path, run_cli) -> None:
    data = example("dongli-2024.json")
    data["education"]["preschool"]["highlights"] = [f"第{i}条\x01" for i in range(500)]
    code, _, err = run_cli("build", str(write_json(tmp_path, data)), "-o", "out.docx")
    assert code == 0
    assert err.count("看不见的控制字符") == 11 and "另有490处" in err


def test_invisible_characters_in_a_field_name_are_dropped_too(tmp_path: Path, run_cli) -> None:
    data = example("dongli-2024.json")
    data["meta"]["dis\u200b\x7ftrict"] = data["meta"].pop("district")
    code, _, err = run_cli("build", str(write_json(tmp_path, data)), "-o", "out.docx")
    # U+200B (zero width space) is harmless and kept: the field stays unknown, and is named
    assert code == 1 and "不认识的字段" in err and "U+007F" in err


@pytest.mark.parametrize("option", ["data", "--plan"])
def test_nesting_ten_thousand_deep_is_refused(tmp_path: Path, run_cli, option: str) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text('{"meta": ' + "[" * 10_000 + "]" * 10_000 + "}", encoding="utf-8")
    args = ["build", str(deep)] if option == "data" else ["build", str(EXAMPLES / "dongli-2024.json"), "--plan", str(deep)]
    code, _, err = run_cli(*args, "-o", "out.docx")
    assert code == 1 and "deep.json 第1行 报告信息 › 第1条" in err and "套了几千层" in err
    assert "（meta[0][0][0]…）" in err  # the field, and not ten thousand levels of it
    assert "Recursion" not in err and not (tmp_path / "out.docx").exists()


def test_nesting_deeper_than_any_report_names_where(tmp_path: Path, run_cli) -> None:
    data = {"meta": MINIMAL_META, "education": {"preschool": {"highlights": [["x"]]}}}
    node = data["education"]["preschool"]["highlights"]
    for _ in range(100):
        node[0] = [node[0]]
    code, _, err = run_cli("build", str(write_json(tmp_path, data)), "-o", "out.docx")
    assert code == 1 and "套了超过32层" in err and "education.preschool.highlights[0]" in err


@pytest.mark.parametrize(
    "number, expected",
    [
        ("9" * 400, "不能大于2100"),  # the model's range, the number quoted in part
        ("9" * 5000, "超过4300位"),  # more than Python makes an integer of
        ("1e999999999", "超过4300位"),  # a short text, but minutes and gigabytes as an integer
    ],
)
def test_numbers_beyond_any_report_get_a_message_naming_the_field(
    tmp_path: Path, run_cli, number: str, expected: str
) -> None:
    source = tmp_path / "data.json"
    source.write_text(json.dumps({"meta": {**MINIMAL_META, "year": "Y"}}).replace('"Y"', number), encoding="utf-8")
    code, _, err = run_cli("build", str(source), "-o", "out.docx")
    assert code == 1 and "年度（meta.year）" in err and expected in err
    assert len(err) < 300  # the number is quoted, not printed in full
    assert files(tmp_path) == {"data.json"}


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_not_numbers(tmp_path: Path, run_cli, literal: str) -> None:
    source = tmp_path / "data.json"
    text = json.dumps({"meta": MINIMAL_META, "education": {"preschool": {"new_places": 0}}})
    source.write_text(text.replace('"new_places": 0', f'"new_places": {literal}'), encoding="utf-8")
    code, _, err = run_cli("build", str(source), "-o", "out.docx")
    assert code == 1 and f"“{literal}”不是数字" in err and "education.preschool.new_places" in err
    assert files(tmp_path) == {"data.json"}


def test_fifty_thousand_unknown_fields_are_counted_not_listed(tmp_path: Path, run_cli) -> None:
    data = example("dongli-2024.json")
    data["education"]["preschool"].update({f"k{i}": i for i in range(50_000)})
    code, _, err = run_cli("build", str(write_json(tmp_path, data)), "-o", "out.docx")
    assert code == 1
    assert err.count("不认识的字段") == 20 and "另有49980个问题没有列出" in err
    assert len(err.encode()) < 20_000
    assert files(tmp_path) == {"data.json"}


@pytest.mark.parametrize(
    ("old", "new", "key", "where"),
    [
        ('"new_places": ', '"new_places": 9999, "new_places": ', "new_places", "education.preschool.new_places"),
        ('"meta": {', '"meta": {"year": 2024}, "meta": {', "meta", "报告信息（meta）"),
    ],
    ids=["figure", "meta"],
)
def test_a_key_written_twice_is_refused_naming_it_and_its_line(
    tmp_path: Path, run_cli, old: str, new: str, key: str, where: str
) -> None:
    text = (EXAMPLES / "sample-county.json").read_text(encoding="utf-8")
    assert old in text
    text = text.replace(old, new, 1)
    (tmp_path / "data.json").write_text(text, encoding="utf-8")
    line = text[: text.index(new)].count("\n") + 1
    code, _, err = run_cli("build", "data.json", "-o", "out.docx")
    assert code == 1
    assert err.startswith(f"错误：data.json 第{line}行")
    assert f"“{key}”写了两次" in err and where in err and "保留一个" in err
    assert "out.docx" not in files(tmp_path)


def test_the_same_key_in_two_objects_is_no_repeat() -> None:
    from drafter.inputs.duplicate_keys import first_repeat

    assert first_repeat('{"a": {"value": 1}, "b": {"value": 2}, "c": [{"x": "a"}, {"x": "b,\\"x\\":"}]}') is None
    repeat = first_repeat('{"c": [{"x": 1}, {"x": 2, "x": 3}]}')
    assert repeat is not None and repeat.loc == ("c", 1, "x") and repeat.column == 27


# -- files that are not what their names say ----------------------------------------------------
def test_byte_order_marks_at_the_start_are_no_part_of_the_data(tmp_path: Path, run_cli) -> None:
    """Some editors add a mark each time they save: two of them are still the same data."""
    text = json.dumps(example("sample-county.json"), ensure_ascii=False)
    (tmp_path / "data.json").write_text("\ufeff\ufeff" + text, encoding="utf-8")
    code, out, err = run_cli("build", "data.json", "--format", "md")
    assert code == 0, err
    assert "青溪县" in out and "BOM" not in err


def test_a_mark_inside_the_data_is_named_in_chinese(tmp_path: Path, run_cli) -> None:
    text = json.dumps(example("sample-county.json"), ensure_ascii=False)
    (tmp_path / "data.json").write_text(text[:1] + "\ufeff" + text[1:], encoding="utf-8")
    code, _, err = run_cli("build", "data.json", "--format", "md")
    assert code == 1 and "data.json 第1行第2列" in err and "字节顺序标记" in err
    assert "Unexpected" not in err


@pytest.mark.parametrize("name", ["报表.xls", "报表.json", "报表.et"])
def test_an_old_excel_file_is_told_to_be_saved_as_xlsx(tmp_path: Path, run_cli, name: str) -> None:
    (tmp_path / name).write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 8)
    code, _, err = run_cli("build", name, "-o", "out.docx")
    assert code == 1
    assert f"{name}：这是旧版 Excel 工作簿（.xls）" in err and "Excel 工作簿（*.xlsx）" in err
    assert "UTF-8" not in err and not (tmp_path / "out.docx").exists()


def test_a_workbook_named_as_a_data_file_is_told_its_name(tmp_path: Path, run_cli) -> None:
    code, _, err = run_cli("sheet", "表.xlsx")
    assert code == 0, err
    (tmp_path / "表.xlsx").rename(tmp_path / "表.json")
    code, _, err = run_cli("build", "表.json", "-o", "out.docx")
    assert code == 1 and "表.json：这是 Excel 工作簿（填报表），文件名却以“.json”结尾" in err
    assert "改成以 .xlsx 结尾" in err


def test_a_year_of_a_hundred_thousand_digits_is_refused_in_chinese(tmp_path: Path, run_cli) -> None:
    data = {"meta": {**MINIMAL_META, "year": "9" * 100_000}}
    code, _, err = run_cli("build", str(write_json(tmp_path, data)), "-o", "out.docx")
    assert code == 1
    assert "报告信息 › 年度（meta.year）：数字的位数太多" in err
    assert not any(word in err for word in ("Unable", "parse", "integer")), err

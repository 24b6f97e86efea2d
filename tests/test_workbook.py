"""The Excel 填报表: ``drafter sheet`` writes it, a clerk fills it, ``drafter build``/``merge`` read it.

Workbooks are filled with openpyxl the way Excel and WPS store cells (numbers, percent formats,
text with units, dates, formulas, inserted rows), then built with the CLI and the document read.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import re
import subprocess
import zipfile
from pathlib import Path
from typing import Annotated, Any, Callable, Optional

import docx
import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from conftest import EXAMPLES, document_text, example
from drafter.errors import DrafterWarning
from drafter.inputs.sources import read_source
from drafter.inputs.workbook_layout import HEADER, INFO_HEADER, FigureRow, Group, sheets_for
from drafter.inputs.workbook_write import workbook_bytes
from drafter.model import Count, Fig, Report
from drafter.model.education import Education, Preschool
from drafter.model.section import part, section
from drafter.pdf import find_soffice

Run = Callable[..., tuple[int, str, str]]
META = {"省（市）": "天津市", "区（县）": "东丽区", "发文机关": "天津市东丽区教育局", "年度": 2025}


def row_of(ws: Worksheet, label: str, after: Optional[str] = None) -> int:
    """The row whose 项目 cell is ``label`` (the first after the group row ``after``)."""
    start = 1
    if after is not None:
        start = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == after)
    return next(r for r in range(start, ws.max_row + 1) if ws.cell(r, 1).value == label)


def fill_meta(book: openpyxl.Workbook, date: Any = dt.datetime(2025, 12, 31)) -> None:
    ws = book["报告信息"]
    labels = [c.value for c in ws["A"]]
    for label, value in {**META, "成文日期": date}.items():
        label = next(word for word in (label, label.replace("区（县）", "区"), label.replace("区（县）", "县")) if word in labels)
        ws.cell(row_of(ws, label), 2).value = value


def docx_text(path: Path) -> str:
    return document_text(docx.Document(str(path)))


@pytest.fixture
def blank(run_cli: Run, tmp_path: Path) -> Callable[..., Path]:
    def make(name: str = "填报表.xlsx", *args: str) -> Path:
        code, _, err = run_cli("sheet", name, *args)
        assert code == 0, err
        return tmp_path / name

    return make


# -- what the sheet looks like ---------------------------------------------------------------
def test_every_figure_sheet_has_the_six_columns_and_model_titles(blank: Callable[..., Path]) -> None:
    book = openpyxl.load_workbook(blank())
    assert book.sheetnames[0] == "填表说明"
    for sheet in sheets_for("summary"):
        ws = book[sheet.name]
        if sheet.table is None:
            header = INFO_HEADER if sheet.name == "报告信息" else HEADER
            assert tuple(c.value for c in ws[1] if c.value is not None) == header
    ws = book["各类教育"]
    row = row_of(ws, "新增学前学位", after="学前教育")
    assert [ws.cell(row, c).value for c in (1, 2)] == ["新增学前学位", "个"]
    assert [c.value for c in book["存在问题"][2]] == ["小标题", "内容"]
    assert book["存在问题"]["A1"].value.startswith("存在问题：每条一句")


def test_labels_identify_their_rows() -> None:
    """Rows are read by their labels: within a group each is unique and none is a group title."""
    for sheet in sheets_for(None):
        assert len(sheet.name) <= 31 and not set(sheet.name) & set("[]:*?/\\")
        groups = [b.title for b in sheet.blocks if isinstance(b, Group)]
        assert len(groups) == len(set(groups)), sheet.name
        labels: list[str] = []
        for block in (*sheet.blocks, Group("")):
            if isinstance(block, Group):
                assert len(labels) == len(set(labels)) and not set(labels) & set(groups), (sheet.name, labels)
                labels = []
            else:
                labels.append(block.title)


def test_labels_are_locked_inputs_open_and_pages_print_on_a4(blank: Callable[..., Path]) -> None:
    ws = openpyxl.load_workbook(blank())["各类教育"]
    assert ws.protection.sheet and not ws.protection.password
    assert ws.freeze_panes == "A2"
    assert ws.print_title_rows == "$1:$1"
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
    row = row_of(ws, "普惠性幼儿园覆盖率")
    assert ws.cell(row, 1).protection.locked and ws.cell(row, 6).protection.locked
    assert not any(ws.cell(row, c).protection.locked for c in (3, 4, 5))
    assert ws.cell(row, 4).number_format.endswith("%")
    ranges = [str(v.sqref) for v in ws.data_validations.dataValidation if v.type == "decimal"]
    assert any(f"D{row}" in r for r in " ".join(ranges).split())


def test_choices_are_drop_downs_of_chinese_names(blank: Callable[..., Path]) -> None:
    ws = openpyxl.load_workbook(blank())["报告信息"]
    lists = [v for v in ws.data_validations.dataValidation if v.type == "list"]
    for title, names in (("版式", "报告材料,正式公文"), ("文种", "年度教育工作总结,教育工作要点")):
        cell = f"B{row_of(ws, title)}"
        assert any(cell in str(v.sqref).split() and names in v.formula1 for v in lists), title
    assert ws[f"B{row_of(ws, '文种')}"].value == "年度教育工作总结"


def test_a_kind_and_layout_chosen_by_their_chinese_names_are_built(
    blank: Callable[..., Path], run_cli, tmp_path: Path
) -> None:
    path = blank("要点.xlsx", "--kind", "教育工作要点")
    book = openpyxl.load_workbook(path)
    ws = book["报告信息"]
    assert ws[f"B{row_of(ws, '文种')}"].value == "教育工作要点"
    for title, value in (("区（县）", "青溪县"), ("省（市）", "浙江省丽水市"), ("发文机关", "青溪县教育局"),
                         ("年度", 2025), ("成文日期", "2025年1月10日"), ("页码位置", "每页居中")):
        ws[f"B{row_of(ws, title)}"] = value
    education = book["各类教育"]
    education.cell(row_of(education, "新增学前学位"), 4).value = 1350
    book.save(path)
    code, _, err = run_cli("build", str(path), "-o", str(tmp_path / "要点.docx"))
    assert code == 0, err
    assert "青溪县教育局2025年工作要点" in document_text(docx.Document(str(tmp_path / "要点.docx")))


def test_a_county_reads_its_own_place_words(blank: Callable[..., Path]) -> None:
    book = openpyxl.load_workbook(blank("县.xlsx", "--from", str(EXAMPLES / "sample-county.json")))
    ws = book["立德树人"]
    notes = [ws.cell(r, 6).value or "" for r in range(1, ws.max_row + 1)]
    assert any("县级领导" in note for note in notes)
    assert not any("区（县）" in note for note in notes)


def test_a_field_added_to_the_model_gets_its_row_and_is_read_back(tmp_path: Path) -> None:
    class MorePreschool(Preschool):
        test_places: Annotated[Fig, Count("新增测试学位", "个", help="只在测试里有的数据")] = None

    class MoreEducation(Education):
        preschool: MorePreschool = part(MorePreschool)

    class MoreReport(Report):
        education: MoreEducation = section(MoreEducation)

    sheets = sheets_for("summary", MoreReport)
    assert any(isinstance(b, FigureRow) and b.title == "新增测试学位" for s in sheets for b in s.blocks)
    path = tmp_path / "more.xlsx"
    path.write_bytes(workbook_bytes(sheets))
    book = openpyxl.load_workbook(path)
    ws = book["各类教育"]
    row = row_of(ws, "新增测试学位")
    assert [ws.cell(row, c).value for c in (2, 6)][0] == "个"
    ws.cell(row, 4).value = 42
    book.save(path)

    from drafter.inputs.workbook_read import read_workbook

    data = read_workbook(path, path.read_bytes(), MoreReport).data
    assert data["education"]["preschool"]["test_places"] == "42"


# -- fill, build, read the document -----------------------------------------------------------
def test_filled_sheet_builds_with_percent_cells_and_last_years_values(
    blank: Callable[..., Path], run_cli: Run, tmp_path: Path
) -> None:
    last = tmp_path / "2024.json"
    last.write_text(json.dumps(example("dongli-2024.json"), ensure_ascii=False), encoding="utf-8")
    path = blank("2025.xlsx", "--from", str(last))
    book = openpyxl.load_workbook(path)
    meta = book["报告信息"]
    assert meta.cell(row_of(meta, "区"), 2).value == "东丽区"  # carried over, and named in the place's word
    assert meta.cell(row_of(meta, "年度"), 2).value == 2025
    fill_meta(book)
    ws = book["各类教育"]
    row = row_of(ws, "普惠性幼儿园覆盖率")
    assert ws.cell(row, 3).value == pytest.approx(0.9017)  # last year's value in 上年
    ws.cell(row, 4).value = 0.9236  # shown as 92.36% in the percent-formatted cell
    ws.cell(row_of(ws, "新增学前学位"), 4).value = "１２００个"  # full-width digits, with the unit
    ws.cell(row_of(ws, "新建成幼儿园"), 4).value = "6（公办4、民办2）"
    row = row_of(ws, "做法与成效", after="学前教育")
    ws.cell(row, 4).value = "第一句做法"
    ws.insert_rows(row + 1)  # a row the clerk inserted under it
    ws.cell(row + 1, 4).value = "插入行里的做法"
    book.save(path)

    code, _, err = run_cli("build", str(path), "-o", "out.docx")
    assert code == 0, err
    text = docx_text(tmp_path / "out.docx")
    assert "普惠性幼儿园覆盖率由90.17%提升至92.36%" in text
    assert "新增学前学位1200个" in text
    assert "新建成幼儿园6所（公办4所、民办2所）" in text
    assert "第一句做法" in text and "插入行里的做法" in text


def test_tables_and_own_figures_are_items(blank: Callable[..., Path], run_cli: Run, tmp_path: Path) -> None:
    path = blank()
    book = openpyxl.load_workbook(path)
    fill_meta(book, date="2025年12月31日")
    ws = book["立德树人"]
    row = row_of(ws, "荣誉和称号", after="体育") + 2  # under the table's column titles
    ws.cell(row, 1).value = "青少年校园足球特色学校"
    ws.cell(row, 2).value = "国家级"
    ws.cell(row, 3).value = "3所"
    ws.insert_rows(row + 1)
    ws.cell(row + 1, 1).value = "体育传统特色学校"
    ws.cell(row + 1, 3).value = 2
    row = row_of(ws, "其他数据", after="体育") + 2
    ws.cell(row, 1).value = "建成冰雪运动场地"
    ws.cell(row, 2).value = "处"
    ws.cell(row, 4).value = 12
    book.create_sheet("Sheet1")["A2"] = "草稿"
    book.save(path)

    code, text, err = run_cli("build", str(path), "--format", "md")
    assert code == 0, err
    assert "建成冰雪运动场地12处" in text
    assert "工作表“Sheet1”不是填报表的一部分，没有读取" in err
    with pytest.warns(DrafterWarning, match="工作表“Sheet1”不是填报表的一部分"):
        data = read_source(path).data
    assert data["moral"]["pe"]["honours"] == [
        {"name": "青少年校园足球特色学校", "level": "国家级", "count": "3所"},
        {"name": "体育传统特色学校", "count": "2"},
    ]


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.json")))
def test_every_example_round_trips_to_the_same_text(name: str, run_cli: Run, tmp_path: Path) -> None:
    code, _, err = run_cli("sheet", "copy.xlsx", "--data", str(EXAMPLES / name))
    assert code == 0, err
    code, from_json, err = run_cli("build", str(EXAMPLES / name), "--format", "md")
    assert code == 0, err
    code, from_sheet, err = run_cli("build", "copy.xlsx", "--format", "md")
    assert code == 0, err
    assert from_sheet == from_json
    assert read_source(tmp_path / "copy.xlsx").data  # and the workbook holds data, not nothing


# -- parts of several 科室 ---------------------------------------------------------------------
def _part(run_cli: Run, tmp_path: Path, name: str, sheets: list[str], fill: Callable[[openpyxl.Workbook], None]) -> Path:
    code, _, err = run_cli("sheet", name, "--sections", *sheets)
    assert code == 0, err
    book = openpyxl.load_workbook(tmp_path / name)
    assert book.sheetnames == ["填表说明", *sheets]
    fill(book)
    book.save(tmp_path / name)
    return tmp_path / name


def _places(value: Any) -> Callable[[openpyxl.Workbook], None]:
    def fill(book: openpyxl.Workbook) -> None:
        ws = book["各类教育"]
        ws.cell(row_of(ws, "新增学前学位"), 4).value = value
        ws.cell(row_of(ws, "做法与成效"), 4).value = "两个科室都写了的一句"

    return fill


def _budget(book: openpyxl.Workbook) -> None:
    ws = book["综合保障"]
    row = row_of(ws, "一般公共预算教育经费")
    ws.cell(row, 3).value = "13.91亿元"
    ws.cell(row, 4).value = "14.20亿元"


def test_parts_of_several_offices_merge_and_build(run_cli: Run, tmp_path: Path) -> None:
    office = _part(run_cli, tmp_path, "办公室.xlsx", ["报告信息"], fill_meta)
    basic = _part(run_cli, tmp_path, "基教股.xlsx", ["各类教育"], _places(1170))
    finance = _part(run_cli, tmp_path, "计财股.xlsx", ["各类教育", "综合保障"], lambda b: (_budget(b), _places("1170个")(b)))

    code, out, err = run_cli("merge", str(basic), str(finance), "-o", "科室.json")
    assert code == 0, err
    assert "还没有报告信息" in out
    code, _, err = run_cli("merge", str(office), "科室.json", "-o", "数据.json")
    assert code == 0, err
    data = json.loads((tmp_path / "数据.json").read_text(encoding="utf-8"))
    assert data["meta"]["district"] == "东丽区"

    code, _, err = run_cli("build", "数据.json", "-o", "merged.docx")
    assert code == 0, err
    code, _, err = run_cli("build", str(office), str(basic), str(finance), "-o", "direct.docx")
    assert code == 0, err
    text = docx_text(tmp_path / "merged.docx")
    assert text == docx_text(tmp_path / "direct.docx")
    assert "新增学前学位1170个" in text
    assert text.count("两个科室都写了的一句") == 1
    assert "一般公共预算教育经费14.20亿元，较上年13.91亿元增长2.1%" in text


def test_a_conflict_names_the_field_both_values_and_both_files(run_cli: Run, tmp_path: Path) -> None:
    first = _part(run_cli, tmp_path, "基教股.xlsx", ["各类教育"], _places(1170))
    second = _part(run_cli, tmp_path, "学前办.xlsx", ["各类教育"], _places(1200))
    code, _, err = run_cli("merge", str(first), str(second), "-o", "数据.json")
    assert code == 1
    row = row_of(openpyxl.load_workbook(first)["各类教育"], "新增学前学位")
    assert err.startswith(
        f"错误：基教股.xlsx 各类教育!D{row} 新增学前学位：写的是“1170”，学前办.xlsx 各类教育!D{row} 新增学前学位 写的是“1200”，"
        "两份材料填的不一样。请两个科室核对后改成一致"
    ), err
    assert "education" not in err and "Traceback" not in err
    assert not (tmp_path / "数据.json").exists()
    code, _, err = run_cli("build", str(first), str(second), "-o", "out.docx")
    assert code == 1 and "“1200”" in err and not (tmp_path / "out.docx").exists()


def test_a_json_part_merges_with_a_workbook(run_cli: Run, tmp_path: Path) -> None:
    data = example("sample-county.json")
    (tmp_path / "county.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    def fill(book: openpyxl.Workbook) -> None:
        ws = book["教师队伍建设"]
        ws.cell(row_of(ws, "做法与成效", after="师德师风"), 4).value = "开展师德师风专题教育"

    teachers = _part(run_cli, tmp_path, "人事股.xlsx", ["教师队伍建设"], fill)
    code, text, err = run_cli("build", "county.json", str(teachers), "--format", "md")
    assert code == 0, err
    assert "开展师德师风专题教育" in text and "青溪县" in text


# -- messages ----------------------------------------------------------------------------------
def test_a_bad_cell_is_named_by_sheet_and_cell(blank: Callable[..., Path], run_cli: Run, tmp_path: Path) -> None:
    path = blank()
    book = openpyxl.load_workbook(path)
    fill_meta(book)
    ws = book["各类教育"]
    places = row_of(ws, "新增学前学位")
    ws.cell(places, 4).value = "很多"
    share = row_of(ws, "公办园在园幼儿占比")
    ws.cell(share, 3).value = 1.2  # 120% in the percent-formatted 上年 cell
    honour = row_of(ws, "荣誉和称号", after="学前教育") + 2
    ws.cell(honour, 1).value = "省级示范幼儿园"
    ws.cell(honour, 3).value = "3吨"  # a bad cell in a table, named in the same run
    book.save(path)
    code, _, err = run_cli("build", str(path), "-o", "out.docx")
    assert code == 1
    assert f"填报表.xlsx 各类教育!D{places} 新增学前学位：" in err
    assert f"各类教育!C{share} 公办园在园幼儿占比：“120%”超出范围" in err
    assert f"各类教育!C{honour} 荣誉和称号 获评数量（个）：“3吨”的单位不对" in err
    assert "Traceback" not in err and "内部出错" not in err
    assert not (tmp_path / "out.docx").exists()


def test_rows_without_a_known_label_are_errors(blank: Callable[..., Path], run_cli: Run) -> None:
    path = blank()
    book = openpyxl.load_workbook(path)
    fill_meta(book)
    ws = book["各类教育"]
    row = row_of(ws, "新增学前学位")
    ws.insert_rows(row + 1)
    ws.cell(row + 1, 4).value = 8
    changed = row_of(ws, "普惠性幼儿园覆盖率")
    ws.cell(changed, 1).value = "普惠率"
    ws.cell(changed, 4).value = 0.9
    book.save(path)
    code, _, err = run_cli("build", str(path), "--format", "md")
    assert code == 1
    assert f"各类教育!A{row + 1}：这一行没有项目名称" in err
    assert f"各类教育!A{changed} 普惠率：不认识这个项目名称" in err
    assert "“其他数据”" in err


def test_meta_errors_and_dates(blank: Callable[..., Path], run_cli: Run) -> None:
    path = blank()
    book = openpyxl.load_workbook(path)
    fill_meta(book, date="2025年13月1日")
    ws = book["各类教育"]
    ws.cell(row_of(ws, "做法与成效"), 4).value = "推进学前教育普及普惠"
    book.save(path)
    code, _, err = run_cli("build", str(path), "--format", "md")
    assert code == 1
    row = row_of(book["报告信息"], "成文日期")
    assert f"报告信息!B{row} 成文日期：" in err
    fill_meta(book, date=46022)  # an Excel day number shown in a General cell
    book.save(path)
    code, text, err = run_cli("build", str(path), "--format", "md")
    assert code == 0, err
    assert "2025年12月31日" in text


def test_a_formula_needs_its_saved_result(blank: Callable[..., Path], run_cli: Run) -> None:
    path = blank()
    book = openpyxl.load_workbook(path)
    fill_meta(book)
    ws = book["各类教育"]
    row = row_of(ws, "新增学前学位")
    ws.cell(row, 4).value = "=1000+170"  # openpyxl saves no result, as some tools do
    book.save(path)
    code, _, err = run_cli("build", str(path), "--format", "md")
    assert code == 1
    assert f"各类教育!D{row} 新增学前学位：这个格子是公式，但文件里没有保存计算结果" in err


def test_a_part_alone_asks_for_the_report_information(run_cli: Run, tmp_path: Path) -> None:
    part_file = _part(run_cli, tmp_path, "基教股.xlsx", ["各类教育"], _places(1170))
    code, _, err = run_cli("build", str(part_file), "--format", "md")
    assert code == 1 and "没有报告信息" in err and "报告信息.xlsx" in err


def test_not_a_workbook_and_no_overwrite(run_cli: Run, tmp_path: Path) -> None:
    (tmp_path / "old.xlsx").write_bytes(b"\xd0\xcf\x11\xe0 an old .xls file")
    code, _, err = run_cli("build", "old.xlsx", "--format", "md")
    assert code == 1 and "另存为" in err and "Traceback" not in err
    code, _, err = run_cli("sheet", "old.xlsx")
    assert code == 1 and "已存在" in err
    assert (tmp_path / "old.xlsx").read_bytes().startswith(b"\xd0\xcf")
    code, _, err = run_cli("sheet", "old.xlsx", "--kind", "plan", "--force")
    assert code == 0, err


# -- LibreOffice -------------------------------------------------------------------------------
def _calc(tmp_path: Path, target: str, source: Path) -> Path:
    soffice = find_soffice()
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    out = tmp_path / "lo"
    result = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--convert-to", target, "--outdir", str(out), str(source)],
        capture_output=True, text=True, timeout=180,
    )
    if "could not be loaded" in result.stderr + result.stdout:
        pytest.skip("LibreOffice Calc is not installed")
    assert result.returncode == 0, result.stderr
    return out


def test_libreoffice_opens_the_workbook_and_its_copy_reads_the_same(run_cli: Run, tmp_path: Path) -> None:
    code, _, err = run_cli("sheet", "东丽.xlsx", "--data", str(EXAMPLES / "dongli-2024.json"))
    assert code == 0, err
    out = _calc(tmp_path, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", tmp_path / "东丽.xlsx")
    rows = (out / "东丽-各类教育.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0] == ",".join(HEADER)
    assert any(row.startswith("普惠性幼儿园覆盖率,%,88.5%,90.17%") for row in rows)

    shutil.move(str(_calc(tmp_path, "xlsx", tmp_path / "东丽.xlsx") / "东丽.xlsx"), tmp_path / "saved.xlsx")
    code, from_copy, err = run_cli("build", "saved.xlsx", "--format", "md")
    assert code == 0, err
    assert from_copy == run_cli("build", str(EXAMPLES / "dongli-2024.json"), "--format", "md")[1]


def test_libreoffice_saves_formula_results_that_are_read(blank: Callable[..., Path], run_cli: Run, tmp_path: Path) -> None:
    path = blank()
    book = openpyxl.load_workbook(path)
    fill_meta(book)
    ws = book["各类教育"]
    ws.cell(row_of(ws, "新增学前学位"), 4).value = "=1000+170"
    book.save(path)
    shutil.move(str(_calc(tmp_path, "xlsx", path) / path.name), tmp_path / "saved.xlsx")
    code, text, err = run_cli("build", "saved.xlsx", "--format", "md")
    assert code == 0, err
    assert "新增学前学位1170个" in text


def test_list_sheets_take_one_item_a_row_and_entries_below_it(run_cli: Run, tmp_path: Path) -> None:
    code, _, err = run_cli("sheet", "自评.xlsx", "--data", str(EXAMPLES / "jinghai-2023-self-evaluation.json"))
    assert code == 0, err
    book = openpyxl.load_workbook(tmp_path / "自评.xlsx")
    ws = book["改进措施"]
    assert [c.value for c in ws[2]] == ["小标题", "内容", "具体做法：小标题", "具体做法：内容"]
    last = max(r for r in range(1, ws.max_row + 1) if any(ws.cell(r, c).value for c in range(1, 5)))
    ws.cell(last + 1, 1).value = "坚持安全底线"
    ws.cell(last + 1, 3).value = "排查隐患"
    ws.cell(last + 1, 4).value = "第一条做法\n第二句"
    ws.cell(last + 2, 3).value = "开展演练"  # only the entry's columns: one more entry of the measure above
    ws = book["存在问题"]
    row = max(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value or ws.cell(r, 2).value) + 1
    ws.cell(row, 2).value = "校舍维修资金不足"
    book.save(tmp_path / "自评.xlsx")
    data = read_source(tmp_path / "自评.xlsx").data
    assert data["measures"][-1] == {
        "title": "坚持安全底线",
        "points": [{"title": "排查隐患", "text": ["第一条做法", "第二句"]}, {"title": "开展演练"}],
    }
    assert data["problems"][-1] == {"text": ["校舍维修资金不足"]}
    code, text, err = run_cli("build", "自评.xlsx", "--format", "md")
    assert code == 0, err
    assert "坚持安全底线" in text and "排查隐患" in text and "校舍维修资金不足" in text


# -- broken and hostile workbooks ------------------------------------------------------------
UNREADABLE = "不是能读取的 Excel 工作簿（.xlsx），或者文件已经损坏"
_DEEP_ENTITIES = (
    '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
    + "".join(f'<!ENTITY {name} "{f"&{prev};" * 10}">' for prev, name in zip("abcdefgh", "bcdefghi"))
    + "]>"
).encode()


def _filled(blank: Callable[..., Path], name: str = "填报表.xlsx") -> tuple[Path, int]:
    """A filled workbook, and the row of 新增学前学位 (1170 in its 本年 cell D)."""
    path = blank(name)
    book = openpyxl.load_workbook(path)
    fill_meta(book)
    ws = book["各类教育"]
    row = row_of(ws, "新增学前学位")
    ws.cell(row, 4).value = 1170
    book.save(path)
    return path, row


def _patch_sheet(path: Path, edit: Callable[[bytes], bytes], sheet: str = "各类教育") -> None:
    """Rewrite the XML of one sheet inside the .xlsx, as a broken or hostile file would have it."""
    index = openpyxl.load_workbook(path, read_only=True).sheetnames.index(sheet) + 1
    member = f"xl/worksheets/sheet{index}.xml"
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info.filename) for info in archive.infolist()}
    parts[member] = edit(parts[member])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def _cell_xml(row: int, xml: bytes) -> Callable[[bytes], bytes]:
    """Replace cell D``row`` of the sheet with ``xml`` (``{r}`` stands for its reference)."""
    def edit(data: bytes) -> bytes:
        new, count = re.subn(rb'<c r="D%d"[^>]*>.*?</c>' % row, xml.replace(b"{r}", b"D%d" % row), data, count=1)
        assert count == 1
        return new
    return edit


BROKEN_SHEETS = {
    "cut off": lambda row: lambda data: data[: len(data) // 2],
    "text in a number": lambda row: _cell_xml(row, b'<c r="{r}" t="n"><v>abc</v></c>'),
    "NaN": lambda row: _cell_xml(row, b'<c r="{r}" t="n"><v>NaN</v></c>'),
    "INF": lambda row: _cell_xml(row, b'<c r="{r}" t="n"><v>INF</v></c>'),
    "bad yes/no": lambda row: _cell_xml(row, b'<c r="{r}" t="b"><v>x</v></c>'),
    "bad date": lambda row: _cell_xml(row, b'<c r="{r}" t="d"><v>notadate</v></c>'),
    "shared string out of range": lambda row: _cell_xml(row, b'<c r="{r}" t="s"><v>99999</v></c>'),
    "style out of range": lambda row: _cell_xml(row, b'<c r="{r}" s="999"><v>1170</v></c>'),
    "cell reference": lambda row: _cell_xml(row, b'<c r="ZZZZ99999999"><v>1170</v></c>'),
    "control character": lambda row: _cell_xml(row, b'<c r="{r}" t="inlineStr"><is><t>11&#x1;70</t></is></c>'),
    "entity expansion": lambda row: lambda data: _DEEP_ENTITIES + _cell_xml(
        row, b'<c r="{r}" t="inlineStr"><is><t>&i;</t></is></c>')(data),
    "external entity": lambda row: lambda data: b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/hostname">]>'
    + _cell_xml(row, b'<c r="{r}" t="inlineStr"><is><t>&e;</t></is></c>')(data),
}


@pytest.mark.parametrize("case", list(BROKEN_SHEETS))
def test_a_broken_sheet_is_named_as_an_unreadable_file(
    case: str, blank: Callable[..., Path], run_cli: Run, tmp_path: Path
) -> None:
    path, row = _filled(blank)
    _patch_sheet(path, BROKEN_SHEETS[case](row))
    code, _, err = run_cli("build", str(path), "-o", "报告.docx")
    assert code == 1
    assert f"填报表.xlsx：{UNREADABLE}" in err and "另存为" in err
    assert "Traceback" not in err and "内部出错" not in err
    assert not (tmp_path / "报告.docx").exists()


@pytest.mark.parametrize(
    "command",
    [
        ["merge", "填报表.xlsx", "-o", "合并.json"],
        ["sheet", "新表.xlsx", "--from", "填报表.xlsx"],
        ["sheet", "新表.xlsx", "--data", "填报表.xlsx"],
        ["build", "本年.json", "--plan", "填报表.xlsx", "-o", "报告.docx"],
    ],
)
def test_every_command_reading_a_workbook_names_a_broken_one(
    command: list[str], blank: Callable[..., Path], run_cli: Run, tmp_path: Path
) -> None:
    path, _ = _filled(blank)
    _patch_sheet(path, lambda data: data[: len(data) // 2])
    (tmp_path / "本年.json").write_text(json.dumps(example("dongli-2024.json"), ensure_ascii=False), encoding="utf-8")
    before = set(tmp_path.iterdir())
    code, _, err = run_cli(*command)
    assert code == 1
    assert f"填报表.xlsx：{UNREADABLE}" in err
    assert "Traceback" not in err and "内部出错" not in err
    assert set(tmp_path.iterdir()) == before


def test_a_workbook_unpacking_to_far_more_than_a_sheet_is_refused(
    blank: Callable[..., Path], run_cli: Run, tmp_path: Path
) -> None:
    path, _ = _filled(blank)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.bin", b" " * (21 * 1024 * 1024))  # packs to some 20 KB
    code, _, err = run_cli("build", str(path), "-o", "报告.docx")
    assert code == 1
    assert "填报表.xlsx：文件太大，不像是填报表：解压后有 21 MB，填报表最多 20 MB" in err
    assert "Traceback" not in err and not (tmp_path / "报告.docx").exists()


def test_a_sheet_of_several_megabytes_is_refused_before_it_is_parsed(
    blank: Callable[..., Path], run_cli: Run, tmp_path: Path
) -> None:
    """One huge item in a sheet's XML (a comment of many MB) would take the parser minutes."""
    path, _ = _filled(blank)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet99.xml", b"<!--" + b" " * (6 * 1024 * 1024) + b"-->")
    code, _, err = run_cli("build", str(path), "-o", "报告.docx")
    assert code == 1 and "填报表最多 5 MB" in err, err
    assert not (tmp_path / "报告.docx").exists()


def test_values_right_of_the_sheets_columns_are_named_as_not_read(
    blank: Callable[..., Path], run_cli: Run, tmp_path: Path
) -> None:
    path, row = _filled(blank)
    book = openpyxl.load_workbook(path)
    book["各类教育"].cell(row, 7).value = 999
    book["各类教育"].cell(row + 1, 26).value = "多余"
    book.save(path)
    code, _, err = run_cli("build", str(path), "-o", "报告.docx")
    assert code == 0, err
    assert f"注意：填报表.xlsx 各类教育：G{row}、Z{row + 1} 在填报表的栏目以外，填的内容没有读取" in err
    assert "只读 A 到 F 栏" in err
    assert (tmp_path / "报告.docx").exists()


@pytest.mark.parametrize("columns", [(3, 4), (4, 5)])
def test_swapped_columns_are_refused_rather_than_read_into_the_wrong_fields(
    columns: tuple[int, int], blank: Callable[..., Path], run_cli: Run, tmp_path: Path
) -> None:
    path, _ = _filled(blank)
    book = openpyxl.load_workbook(path)
    ws = book["各类教育"]
    a, b = columns
    for row in range(1, ws.max_row + 1):
        ws.cell(row, a).value, ws.cell(row, b).value = ws.cell(row, b).value, ws.cell(row, a).value
    book.save(path)
    code, _, err = run_cli("build", str(path), "-o", "报告.docx")
    assert code == 1
    first, second = (f"{'ABCDEF'[c - 1]}1" for c in columns)
    titles = HEADER[a - 1], HEADER[b - 1]
    assert f"填报表.xlsx 各类教育!{first}：表头和填报表的不一样（{first} 应是“{titles[0]}”，现在是“{titles[1]}”" in err
    assert "请把各栏移回原位、表头改回原样，或者用原来的填报表重新填写" in err
    assert not (tmp_path / "报告.docx").exists()


def test_a_changed_header_of_a_list_sheet_is_refused(blank: Callable[..., Path], run_cli: Run, tmp_path: Path) -> None:
    path, _ = _filled(blank)
    book = openpyxl.load_workbook(path)
    list_sheet = next(s for s in sheets_for("summary") if s.table is not None)
    book[list_sheet.name]["A2"].value = "别的"
    book.save(path)
    code, _, err = run_cli("build", str(path), "-o", "报告.docx")
    assert code == 1
    assert f"{list_sheet.name}!A2：表头和填报表的不一样（A2 应是“{list_sheet.header[0]}”，现在是“别的”" in err


def test_a_percentage_pasted_as_a_plain_number_is_explained(blank: Callable[..., Path], run_cli, tmp_path: Path) -> None:
    path = blank()
    book = openpyxl.load_workbook(path)
    fill_meta(book)
    ws = book["各类教育"]
    cell = ws.cell(row_of(ws, "公办园在园幼儿占比"), 4)
    cell.value, cell.number_format = 15.6, "0.00%"  # shown as 1560.00%
    book.save(path)
    code, _, err = run_cli("build", str(path), "-o", str(tmp_path / "out.docx"))
    assert code == 1 and "各类教育!D" in err and "请写成“15.6%”" in err, err


# -- what the clerk meant ------------------------------------------------------------------------
def _row_under(ws: Worksheet, label: str, group: str, below: int = 0) -> int:
    """The row ``below`` rows under the row of ``label`` in the part ``group``."""
    return row_of(ws, label, after=group) + below


def test_an_honour_named_like_a_data_row_stays_an_honour(blank: Callable[..., Path], run_cli: Run, tmp_path: Path) -> None:
    """德育 has a data row 文明校园; an honour of that name in its 荣誉和称号 table is an honour."""
    path = blank()
    book = openpyxl.load_workbook(path)
    fill_meta(book)
    ws = book["立德树人"]
    row = _row_under(ws, "荣誉和称号", "德育", below=2)
    for column, value in enumerate(("文明校园", "省级", 3, 11), start=1):
        ws.cell(row, column).value = value
    book.save(path)
    code, text, err = run_cli("build", str(path), "--format", "md")
    assert code == 0, err
    assert "省级文明校园3所" in text and "11所" in text  # the honour, its level and its total
    assert "较上年" not in text and "文明校园11所" not in text
    assert read_source(path).data["moral"]["moral"] == {
        "honours": [{"name": "文明校园", "level": "省级", "count": "3", "total": "11"}]
    }


def test_an_item_named_like_a_later_part_stays_in_its_table(blank: Callable[..., Path]) -> None:
    """Only the title of the block that follows a table ends it, wherever else the name appears."""
    path = blank()
    book = openpyxl.load_workbook(path)
    ws = book["立德树人"]
    row = _row_under(ws, "其他数据", "思政课建设", below=2)
    ws.cell(row, 1).value, ws.cell(row, 2).value, ws.cell(row, 4).value = "德育", "场", 4  # a group title below
    ws.cell(row + 1, 1).value, ws.cell(row + 1, 4).value = "文明校园", 2  # a data row's label below
    book.save(path)
    assert read_source(path).data["moral"]["ideology"]["custom"] == [
        {"name": "德育", "unit": "场", "value": {"value": "4"}},
        {"name": "文明校园", "value": {"value": "2"}},
    ]


@pytest.mark.parametrize("blank_mark", ["无", "—", "－", "／", "/", "　", "  "])
def test_marks_for_none_mean_blank(blank_mark: str, blank: Callable[..., Path], run_cli: Run) -> None:
    path = blank()
    book = openpyxl.load_workbook(path)
    fill_meta(book)
    ws = book["各类教育"]
    ws.cell(row_of(ws, "新增学前学位"), 4).value = blank_mark
    ws.cell(row_of(ws, "普惠性幼儿园覆盖率"), 3).value = blank_mark
    ws.cell(row_of(ws, "公办园在园幼儿占比"), 4).value = 50.86 / 100
    honour = _row_under(ws, "荣誉和称号", "学前教育", below=2)
    ws.cell(honour, 1).value, ws.cell(honour, 2).value, ws.cell(honour, 3).value = "示范幼儿园", blank_mark, 2
    ws.cell(row_of(ws, "做法与成效", after="学前教育"), 4).value = blank_mark
    book.save(path)
    code, text, err = run_cli("build", str(path), "--format", "md")
    assert code == 0, err
    assert "新增学前学位" not in text and "普惠性幼儿园覆盖率" not in text and "50.86%" in text
    assert read_source(path).data["education"]["preschool"] == {
        "public_share": "50.86%", "honours": [{"name": "示范幼儿园", "count": "2"}]
    }


def test_last_years_value_in_brackets_is_last_years_value(blank: Callable[..., Path], run_cli: Run) -> None:
    path = blank()
    book = openpyxl.load_workbook(path)
    fill_meta(book)
    ws = book["各类教育"]
    ws.cell(row_of(ws, "新建成幼儿园"), 4).value = "12（上年10）"
    ws.cell(row_of(ws, "普惠性幼儿园覆盖率"), 4).value = "92.36%（2019年88.5%）"
    row = _row_under(ws, "其他数据", "学前教育", below=2)
    ws.cell(row, 1).value, ws.cell(row, 2).value, ws.cell(row, 4).value = "建成家长学校", "所", "45（上年40）"
    book.save(path)
    code, text, err = run_cli("build", str(path), "--format", "md")
    assert code == 0, err
    assert "新建成幼儿园12所，较上年的10所增加2所" in text
    assert "由2019年的88.5%提升至92.36%" in text
    assert "（上年" not in text
    custom = read_source(path).data["education"]["preschool"]["custom"]
    assert custom == [{"name": "建成家长学校", "unit": "所", "value": {"value": "45", "previous": "40"}}]


def test_last_years_value_written_twice_differently_is_refused(blank: Callable[..., Path], run_cli: Run, tmp_path: Path) -> None:
    path = blank()
    book = openpyxl.load_workbook(path)
    fill_meta(book)
    ws = book["各类教育"]
    row = row_of(ws, "新建成幼儿园")
    ws.cell(row, 3).value = 11
    ws.cell(row, 4).value = "12（上年10）"
    honour = _row_under(ws, "荣誉和称号", "学前教育", below=2)
    ws.cell(honour, 1).value, ws.cell(honour, 3).value = "示范幼儿园", "3（上年2）"
    book.save(path)
    code, _, err = run_cli("build", str(path), "-o", "out.docx")
    assert code == 1
    assert f"各类教育!D{row} 新建成幼儿园：上年的数写了两处，不一样：“上年”栏是“11”，“本年”栏括号里是“10”" in err
    assert f"各类教育!C{honour} 荣誉和称号 获评数量（个）：“3（上年2）”：这一栏只写本年的数" in err
    assert not (tmp_path / "out.docx").exists()


SENTENCE_CELLS = {
    "a yes/no": (b'<c r="{r}" t="b"><v>1</v></c>', "格子里是逻辑值 TRUE，这里应填写一句话"),
    "a number too large for Excel": (b'<c r="{r}"><v>1e309</v></c>', "格子里的数太大，超出了 Excel 能表示的范围"),
    "a date": (b'<c r="{r}" t="d"><v>2025-01-01T00:00:00</v></c>', "这个格子是日期格式，这里应填写一句话"),
    "a huge whole number": (b'<c r="{r}"><v>100000000000000000001</v></c>', "这里应写一句话，格子里只有一个数“100000000000000000001”"),
    "an error value": (b'<c r="{r}" t="e"><v>#N/A</v></c>', "公式出错（#N/A）"),
    "a formula without its result": (b'<c r="{r}"><f>CONCATENATE("a","b")</f></c>', "这个格子是公式，但文件里没有保存计算结果"),
}


@pytest.mark.parametrize("case", list(SENTENCE_CELLS))
def test_a_sentence_cell_of_another_type_is_named(case: str, blank: Callable[..., Path], run_cli: Run, tmp_path: Path) -> None:
    """A line of 做法与成效 below the first (its row has no label) holding what no sentence is."""
    path, _ = _filled(blank)
    ws = openpyxl.load_workbook(path)["各类教育"]
    row = row_of(ws, "做法与成效", after="学前教育") + 1
    xml, message = SENTENCE_CELLS[case]
    _patch_sheet(path, _new_cell(row, xml))
    code, _, err = run_cli("build", str(path), "-o", "out.docx")
    assert code == 1, err
    assert f"填报表.xlsx 各类教育!D{row} 做法与成效：{message}" in err
    assert "Traceback" not in err and "内部出错" not in err and "True" not in err
    assert not (tmp_path / "out.docx").exists()


FIGURE_CELLS = {
    "a yes/no": (b'<c r="{r}" t="b"><v>0</v></c>', "格子里是逻辑值 FALSE，这里应填写数字"),
    "a number too large for Excel": (b'<c r="{r}"><v>1e309</v></c>', "格子里的数太大，超出了 Excel 能表示的范围"),
    "1e30 with two decimals shown": (b'<c r="{r}" s="{s}"><v>1e30</v></c>', "太大，超出了报告里可能出现的范围"),
    "a huge whole number": (b'<c r="{r}"><v>100000000000000000001</v></c>', "“1000000000000000000…”太大"),
    "an error value": (b'<c r="{r}" t="e"><v>#DIV/0!</v></c>', "公式出错（#DIV/0!）"),
}


@pytest.mark.parametrize("case", list(FIGURE_CELLS))
def test_a_figure_cell_of_another_type_is_named(case: str, blank: Callable[..., Path], run_cli: Run, tmp_path: Path) -> None:
    path, row = _filled(blank)
    book = openpyxl.load_workbook(path)
    book["各类教育"].cell(row, 4).number_format = "0.00"  # a style with fixed decimals for the cell
    book.save(path)
    style = re.search(rb'<c r="D%d" s="(\d+)"' % row, _sheet_xml(path)).group(1)
    xml, message = FIGURE_CELLS[case]
    _patch_sheet(path, _cell_xml(row, xml.replace(b"{s}", style)))
    code, _, err = run_cli("build", str(path), "-o", "out.docx")
    assert code == 1, err
    assert f"填报表.xlsx 各类教育!D{row} 新增学前学位：" in err and message in err
    assert "Traceback" not in err and "内部出错" not in err and "Infinity" not in err
    assert not (tmp_path / "out.docx").exists()


def _sheet_xml(path: Path, sheet: str = "各类教育") -> bytes:
    index = openpyxl.load_workbook(path, read_only=True).sheetnames.index(sheet) + 1
    with zipfile.ZipFile(path) as archive:
        return archive.read(f"xl/worksheets/sheet{index}.xml")


def _new_cell(row: int, xml: bytes) -> Callable[[bytes], bytes]:
    """Put cell D``row`` (``{r}`` in ``xml``) into the sheet, in place of whatever D``row`` was."""
    def edit(data: bytes) -> bytes:
        cell = xml.replace(b"{r}", b"D%d" % row)
        data = re.sub(rb'<c r="D%d"[^>]*?(/>|>.*?</c>)' % row, b"", data, count=1)
        new, count = re.subn(rb'(<row r="%d"[^>]*>)(.*?)(</row>)' % row, lambda m: m[1] + _in_order(m[2], cell) + m[3], data, count=1)
        assert count == 1
        return new
    return edit


def _in_order(cells: bytes, cell: bytes) -> bytes:
    """``cell`` among a row's cells, after those of columns A–C."""
    parts = re.findall(rb'<c r="[A-Z]+\d+"[^>]*?(?:/>|>.*?</c>)', cells)
    before = [p for p in parts if re.match(rb'<c r="[A-C]\d', p)]
    after = [p for p in parts if p not in before]
    return b"".join(before) + cell + b"".join(after)


def test_values_nothing_reads_are_named(blank: Callable[..., Path], run_cli: Run) -> None:
    """A number in a list's title row and header row, or in the 单位 column, is named, not lost."""
    path, _ = _filled(blank)
    book = openpyxl.load_workbook(path)
    ws = book["各类教育"]
    title = row_of(ws, "荣誉和称号", after="学前教育")
    ws.cell(title, 3).value = 5
    ws.cell(title + 1, 4).value = 7
    unit = row_of(ws, "新建成幼儿园")
    ws.cell(unit, 2).value = 12
    book.save(path)
    code, _, err = run_cli("build", str(path), "--format", "md")
    assert code == 0, err
    assert f"注意：填报表.xlsx 各类教育：B{unit}、C{title}、D{title + 1} 是标题行、表头或“单位”“说明”栏，填的内容没有读取" in err


def test_a_value_in_the_last_cell_of_a_sheet_is_named_at_once(blank: Callable[..., Path], run_cli: Run, tmp_path: Path) -> None:
    """Reading follows the cells the file holds: XFD1048576 costs nothing and is named."""
    import time

    path, _ = _filled(blank)
    book = openpyxl.load_workbook(path)
    book["各类教育"]["XFD1048576"] = 5
    book["各类教育"]["A1048576"] = "远处的一行"
    book.save(path)
    for command in (["build", str(path), "-o", "out.docx"], ["merge", str(path), "-o", "合并.json"]):
        start = time.monotonic()
        code, _, err = run_cli(*command)
        assert time.monotonic() - start < 10
        assert code == 0, err
        assert "注意：填报表.xlsx 各类教育：A1048576、XFD1048576 离上面的内容隔了很多空行，没有读取" in err
    assert "远处" not in json.loads((tmp_path / "合并.json").read_text(encoding="utf-8")).get("education", "")


# -- sheets gone or damaged -------------------------------------------------------------------
def _rewrite(path: Path, member: str, edit: Callable[[bytes], bytes]) -> None:
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info.filename) for info in archive.infolist()}
    parts[member] = edit(parts[member])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def _relinked(target: bytes) -> Callable[[bytes], bytes]:
    """基本情况 (the third sheet) pointing at ``target`` instead of its own part."""
    return lambda rels: rels.replace(b'Target="/xl/worksheets/sheet3.xml"', b'Target="%s"' % target)


@pytest.mark.parametrize(
    "target, message",
    [
        (b"/xl/worksheets/sheet99.xml", "工作表“基本情况”在文件里找不到它自己的内容"),
        (b"/xl/styles.xml", "工作表“基本情况”在文件里找不到它自己的内容"),
        (b"/xl/worksheets/sheet4.xml", "工作表“基本情况”和“党的建设”指向文件里同一份内容"),
    ],
)
def test_a_sheet_whose_link_points_elsewhere_is_refused_by_name(
    target: bytes, message: str, blank: Callable[..., Path], run_cli: Run, tmp_path: Path
) -> None:
    path, _ = _filled(blank)
    assert openpyxl.load_workbook(path, read_only=True).sheetnames[2] == "基本情况"
    _rewrite(path, "xl/_rels/workbook.xml.rels", _relinked(target))
    for command in (["build", str(path), "-o", "out.docx"], ["merge", str(path), "-o", "合并.json"]):
        code, _, err = run_cli(*command)
        assert code == 1
        assert f"错误：填报表.xlsx：{message}，文件已经损坏" in err
        assert "Traceback" not in err and "内部出错" not in err
    assert not (tmp_path / "out.docx").exists() and not (tmp_path / "合并.json").exists()


def test_a_sheet_deleted_or_renamed_since_the_sheet_was_made_is_refused(blank: Callable[..., Path], run_cli: Run) -> None:
    path, _ = _filled(blank)
    book = openpyxl.load_workbook(path)
    del book["基本情况"]
    book["党的建设"].title = "党建（组织股）"
    book.save(path)
    code, _, err = run_cli("build", str(path), "--format", "md")
    assert code == 1
    assert "填报表.xlsx：工作表“基本情况”不见了：这份填报表生成时有这个工作表，现在被删除或改了名" in err
    assert "如果是改了名（如“党建（组织股）”），请改回“党的建设”" in err


def test_a_part_made_for_one_office_is_not_missing_the_others(run_cli: Run, tmp_path: Path) -> None:
    code, _, err = run_cli("sheet", "基教股.xlsx", "--sections", "各类教育")
    assert code == 0, err
    code, _, err = run_cli("merge", "基教股.xlsx", "-o", "合并.json")
    assert code == 0, err


def test_a_sheet_saved_by_libreoffice_is_read_as_the_clerk_meant(blank: Callable[..., Path], run_cli: Run, tmp_path: Path) -> None:
    """The misreads above, in a workbook LibreOffice Calc has saved (with its own XML, shared
    strings and the formulas' results): an honour named like a data row, 无 for nothing, last
    year's value in brackets, a formula in a line of 做法与成效, a number in a table's title row."""
    path = blank("科室.xlsx")
    book = openpyxl.load_workbook(path)
    fill_meta(book)
    ws = book["立德树人"]
    honour = _row_under(ws, "荣誉和称号", "德育", below=2)
    for column, value in enumerate(("文明校园", "省级", 3, 11), start=1):
        ws.cell(honour, column).value = value
    ws.cell(honour - 2, 3).value = 99  # typed into the table's title row
    lines = row_of(ws, "做法与成效", after="德育")
    ws.cell(lines, 4).value = "开展文明校园创建"
    ws.cell(lines + 1, 4).value = '=CONCATENATE("举办家长","学校培训")'
    ws.cell(row_of(ws, "家长学校"), 4).value = "无"
    ws.cell(row_of(ws, "教师家访"), 4).value = "1200（上年1000）"
    book.save(path)
    shutil.move(str(_calc(tmp_path, "xlsx", path) / path.name), tmp_path / "saved.xlsx")
    code, text, err = run_cli("build", "saved.xlsx", "--format", "md")
    assert code == 0, err
    assert "省级文明校园3所" in text and "11所" in text and "较上年的3所" not in text
    assert "开展文明校园创建。举办家长学校培训。" in text
    assert "家长学校" not in text.replace("举办家长学校培训", "")
    assert "家访1200人次，较上年的1000人次增加200人次" in text
    assert f"注意：saved.xlsx 立德树人：C{honour - 2} 是标题行" in err


def test_a_formal_document_without_its_number_names_the_cell(blank: Callable[..., Path], run_cli: Run, tmp_path: Path) -> None:
    path, _ = _filled(blank)
    code, _, err = run_cli("build", str(path), "--profile", "formal", "-o", "out.docx")
    assert code == 1
    row = row_of(openpyxl.load_workbook(path)["报告信息"], "发文字号")
    assert f"错误：填报表.xlsx 报告信息!B{row} 发文字号：正式公文（版式 formal）必须有发文字号" in err
    assert "formal.number" not in err and not (tmp_path / "out.docx").exists()


# -- the forms speak like a form ---------------------------------------------------------------
def _texts(book: openpyxl.Workbook) -> list[str]:
    return [str(cell.value) for ws in book.worksheets for row in ws.iter_rows() for cell in row if isinstance(cell.value, str)]


def test_report_information_has_one_value_a_row_and_the_house_style_in_rows(run_cli: Run, tmp_path: Path) -> None:
    """报告信息 is 项目 | 内容 | 说明; 各部分的顺序, 改写标题 and 各级标题的编号 take a row a part or a
    level, never JSON; what a data file says there is written into them and read back."""
    code, _, err = run_cli("sheet", "临平.xlsx", "--data", str(EXAMPLES / "linping-2024-summary-and-plan.json"))
    assert code == 0, err
    book = openpyxl.load_workbook(tmp_path / "临平.xlsx")
    ws = book["报告信息"]
    assert [c.value for c in ws[1]] == list(INFO_HEADER)
    order = row_of(ws, "各部分的顺序")
    rows = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(order + 1, order + 12) if ws.cell(r, 1).value}
    assert rows["立德树人"] == 1 and rows["党的建设"] == 5 and rows["基本情况"] is None
    headings = row_of(ws, "改写标题")
    ws.cell(row_of(ws, "\u3000学前教育", after="改写标题"), 2).value = "学前教育普惠发展"
    ws.cell(row_of(ws, "基本情况", after="改写标题"), 2).value = "无"
    ws.cell(row_of(ws, "第3级标题"), 2).value = "（1）"
    ws.cell(row_of(ws, "各类教育", after="各部分的顺序"), 2).value = "—"  # taken out of the order
    ws.cell(row_of(ws, "\u3000义务教育", after="各部分的顺序"), 2).value = 1  # parts inside a section too
    ws.cell(row_of(ws, "\u3000学前教育", after="各部分的顺序"), 2).value = 2
    assert headings > order
    book.save(tmp_path / "临平.xlsx")
    assert not any(mark in text for text in _texts(book) for mark in ('["', '{"', "＝"))
    style = read_source(tmp_path / "临平.xlsx").data["style"]
    assert style["sections"] == ["moral", "teachers", "support", "party", "education.compulsory", "education.preschool"]
    assert style["headings"] == {"education.preschool": "学前教育普惠发展"}
    assert style["numbering"] == {"3": "（1）"}
    code, text, err = run_cli("build", "临平.xlsx", "--format", "md")
    assert code == 0, err
    assert "学前教育普惠发展" in text and "（1）" in text
    assert text.index("义务教育") < text.index("学前教育普惠发展")


def test_an_order_number_twice_is_named(blank: Callable[..., Path], run_cli: Run) -> None:
    path, _ = _filled(blank)
    book = openpyxl.load_workbook(path)
    ws = book["报告信息"]
    first, second = row_of(ws, "党的建设", after="各部分的顺序"), row_of(ws, "各类教育", after="各部分的顺序")
    ws.cell(first, 2).value = 1
    ws.cell(second, 2).value = 1
    book.save(path)
    code, _, err = run_cli("build", str(path), "--format", "md")
    assert code == 1
    assert f"报告信息!B{second} 各类教育：顺序号1和“党的建设”的重复了" in err


def test_a_sheet_has_only_its_kinds_parts_and_says_whose_another_part_is(run_cli: Run, tmp_path: Path) -> None:
    code, _, err = run_cli("sheet", "总结.xlsx")
    assert code == 0, err
    book = openpyxl.load_workbook(tmp_path / "总结.xlsx")
    assert book.sheetnames == ["填表说明", "报告信息", "基本情况", "党的建设", "立德树人", "各类教育", "教师队伍建设", "综合保障", "存在问题", "下一步工作"]
    labels = [c.value for c in book["报告信息"]["A"]]
    assert "开篇补充" in labels and "自评依据" not in labels
    code, _, err = run_cli("sheet", "改进.xlsx", "--sections", "改进措施", "自评结果")
    assert code == 0, err
    book = openpyxl.load_workbook(tmp_path / "改进.xlsx")
    assert book.sheetnames == ["填表说明", "自评结果", "改进措施"]
    assert "“改进措施”是教育工作要点、履行教育职责情况自评报告的部分，年度教育工作总结一般不写" in book["改进措施"]["A1"].value
    assert "“自评结果”是履行教育职责情况自评报告的部分" in book["自评结果"]["F2"].value
    code, _, err = run_cli("sheet", "自评.xlsx", "--kind", "自评报告")
    assert code == 0, err
    book = openpyxl.load_workbook(tmp_path / "自评.xlsx")
    assert "自评结果" in book.sheetnames and "下一步工作" not in book.sheetnames
    opening = row_of(book["报告信息"], "开篇补充")
    assert "以区（县）人民政府的口吻写" in book["报告信息"].cell(opening, 3).value


def test_the_legend_says_once_how_to_write_figures(blank: Callable[..., Path]) -> None:
    book = openpyxl.load_workbook(blank())
    guide = [c.value or "" for c in book["填表说明"]["A"]]
    assert any(line.startswith("· 单位是 所、个") and "280余" in line for line in guide)
    assert any(line.startswith("· 单位是 %") and "98.93%" in line for line in guide)
    notes = [c.value for ws in book.worksheets[2:] for c in ws["F"] if isinstance(c.value, str)]
    assert not any("280余" in note or "三名" in note for note in notes)
    ws = book["各类教育"]
    assert ws.cell(row_of(ws, "新建成幼儿园"), 6).value == "本年建成（含已投入使用和具备使用条件）的幼儿园"
    assert any(re.search("所、[^；]*也可写个", line) and "人、名、位可以互换" in line for line in guide)
    site = book["基本情况"]
    assert site.cell(row_of(site, "学校占地面积"), 6).value.endswith("单位也可写亩、公顷")  # not its unit's usual ones
    assert not any(mark in text for text in _texts(book) for mark in ('["', '{"', "＝", "true"))


def test_lists_leave_rows_enough_to_write_in(blank: Callable[..., Path]) -> None:
    ws = openpyxl.load_workbook(blank())["综合保障"]
    projects = row_of(ws, "建设项目") + 2
    assert all(ws.cell(projects + n, 1).value is None and ws.cell(projects + n, 1).protection.locked is False for n in range(5))
    assert ws.cell(projects + 5, 1).value is not None  # the next block
    lines = row_of(ws, "做法与成效", after="学校建设")
    assert all(ws.cell(lines + n, 1).value is None for n in range(1, 8))
    assert ws.cell(lines + 8, 1).value is not None
    problems = openpyxl.load_workbook(blank("b.xlsx"))["存在问题"]
    assert problems.max_row >= 2 + 8


def test_a_countys_sheet_speaks_of_the_county_and_shows_its_own_examples(run_cli: Run, tmp_path: Path) -> None:
    for option in ("--data", "--from"):
        code, _, err = run_cli("sheet", f"青溪{option}.xlsx", option, str(EXAMPLES / "sample-county.json"), "--force")
        assert code == 0, err
        book = openpyxl.load_workbook(tmp_path / f"青溪{option}.xlsx")
        texts = " ".join(_texts(book))
        assert "东丽" not in texts and "天津" not in texts and "区（县）" not in texts, option
        ws = book["报告信息"]
        assert ws.cell(row_of(ws, "发文机关"), 3).value == "署名用的全称，如 浙江省青溪县教育局"
        year = 2025 if option == "--data" else 2026  # last year's data: this year's title
        assert ws.cell(row_of(ws, "标题"), 3).value == f"不填时自动生成：青溪县教育局{year}年工作总结"
        opening = row_of(ws, "开篇补充")
        assert "县委、县政府" in ws.cell(opening, 3).value
        assert "全县特有的数据" in texts


def test_a_blank_sheet_keeps_the_neutral_words(blank: Callable[..., Path]) -> None:
    ws = openpyxl.load_workbook(blank())["报告信息"]
    assert ws.cell(row_of(ws, "开篇补充"), 3).value.endswith("如“在区（县）委、区（县）政府的坚强领导下，全区（县）教育系统……”")


# -- one set of figures, another kind of document ---------------------------------------------
def test_build_as_another_kind_names_the_parts_it_lacks(run_cli: Run, tmp_path: Path) -> None:
    for kind in ("自评报告", "self_evaluation", "履行教育职责情况自评报告"):
        code, text, err = run_cli("build", str(EXAMPLES / "sample-county.json"), "--kind", kind, "--format", "md")
        assert code == 0, err
        assert text.startswith("# 青溪县人民政府2025年履行教育职责情况自评报告")
        assert "注意：履行教育职责情况自评报告一般还有：自评依据、自评结果、立德树人、教师队伍建设、改进措施" in err
        assert "drafter sheet 补填.xlsx --kind 自评报告 --data" in err
    code, text, err = run_cli("build", str(EXAMPLES / "qingxi-2025-self-evaluation.json"), "--kind", "总结", "--format", "md")
    assert code == 0, err
    assert text.startswith("# 青溪县教育局2025年工作总结")
    assert "注意：年度教育工作总结一般还有：下一步工作；" in err
    code, _, err = run_cli("build", str(EXAMPLES / "sample-county.json"), "--kind", "年报", "-o", "out.docx")
    assert code == 1 and "没有“年报”这种文种" in err and "自评报告" in err
    assert not (tmp_path / "out.docx").exists()


def test_a_sheet_of_another_kind_from_data_keeps_every_value(run_cli: Run, tmp_path: Path) -> None:
    code, _, err = run_cli("sheet", "自评.xlsx", "--kind", "自评报告", "--data", str(EXAMPLES / "dongli-2024.json"))
    assert code == 0, err
    book = openpyxl.load_workbook(tmp_path / "自评.xlsx")
    assert {"自评结果", "改进措施", "各类教育"} <= set(book.sheetnames)
    ws = book["报告信息"]
    assert ws.cell(row_of(ws, "文种"), 2).value == "履行教育职责情况自评报告"
    code, from_sheet, err = run_cli("build", "自评.xlsx", "--format", "md")
    assert code == 0, err
    code, from_json, err = run_cli("build", str(EXAMPLES / "dongli-2024.json"), "--kind", "自评报告", "--format", "md")
    assert code == 0, err
    assert from_sheet == from_json


def test_a_sheet_made_before_report_information_had_its_own_columns_is_read(tmp_path: Path, run_cli: Run) -> None:
    """报告信息 laid out as 项目 | 单位 | 上年 | 本年 | 目标 | 说明, with the house style as lists and
    pairs, as 填报表 already sent out have it."""
    from drafter.inputs.sources import load_sources

    report = load_sources([EXAMPLES / "qingxi-2025-self-evaluation.json"])
    sheets = sheets_for("self_evaluation", extra=["overview", "evaluation"])
    sheets[0] = sheets_for(None, legacy=True)[0]
    (tmp_path / "旧表.xlsx").write_bytes(workbook_bytes(sheets, report))
    ws = openpyxl.load_workbook(tmp_path / "旧表.xlsx")["报告信息"]
    assert [c.value for c in ws[1]] == list(HEADER)
    assert ws.cell(row_of(ws, "区（县）"), 4).value == "青溪县"
    code, from_sheet, err = run_cli("build", "旧表.xlsx", "--format", "md")
    assert code == 0, err
    assert from_sheet == run_cli("build", str(EXAMPLES / "qingxi-2025-self-evaluation.json"), "--format", "md")[1]

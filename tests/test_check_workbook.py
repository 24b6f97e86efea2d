"""``drafter check`` on 填报表: inconsistencies planted in cells are named by file, sheet and cell,
also across the sheets of several 科室 merged, and against last year's 填报表."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Callable, Optional

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

Run = Callable[..., tuple[int, str, str]]
META = {"省（市）": "天津市", "区（县）": "东丽区", "发文机关": "天津市东丽区教育局"}
PREVIOUS, VALUE = 3, 4
#: 报告信息 is 项目 | 内容 | 说明.
CONTENT = 2


def row_of(ws: Worksheet, label: str, after: Optional[str] = None) -> int:
    """The row whose 项目 cell is ``label`` (the first after the group row ``after``)."""
    start = 1
    if after is not None:
        start = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == after)
    return next(r for r in range(start, ws.max_row + 1) if ws.cell(r, 1).value == label)


@pytest.fixture
def sheet(run_cli: Run, tmp_path: Path) -> Callable[..., Path]:
    """A 填报表 made by ``drafter sheet`` (only ``sections`` if given), filled by ``fill``."""

    def make(name: str, fill: Callable[[openpyxl.Workbook], Any], *sections: str, year: int = 2025) -> Path:
        code, _, err = run_cli("sheet", name, *(("--sections", *sections) if sections else ()))
        assert code == 0, err
        book = openpyxl.load_workbook(tmp_path / name)
        if "报告信息" in book.sheetnames:
            ws = book["报告信息"]
            for label, value in {**META, "年度": year, "成文日期": dt.datetime(year, 12, 31)}.items():
                ws.cell(row_of(ws, label), CONTENT).value = value
        for text, sheet_name in (("城区学校学位紧张", "存在问题"), ("推进学位建设", "下一步工作")):
            if sheet_name in book.sheetnames:  # below the list's title row and its column titles
                book[sheet_name].cell(3, 2 if sheet_name == "存在问题" else 1).value = text
        fill(book)
        book.save(tmp_path / name)
        return tmp_path / name

    return make


def notes(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.startswith(("错误：", "注意："))]


def test_a_part_larger_than_its_total_is_named_by_its_cell(sheet, run_cli: Run) -> None:
    rows: dict[str, int] = {}

    def fill(book: openpyxl.Workbook) -> None:
        ws = book["基本情况"]
        rows["幼儿园"] = row_of(ws, "幼儿园")
        ws.cell(rows["幼儿园"], VALUE).value = "177（公办180、民办119）"

    path = sheet("填报表.xlsx", fill)
    code, out, err = run_cli("check", str(path))
    assert code == 1, err
    assert notes(out) == [
        f"错误：填报表.xlsx 基本情况!D{rows['幼儿园']} 幼儿园：其中“公办”180所比幼儿园总数177所还多。其中的一部分不能大于总数：请核对这两个数，改正后再生成"
    ]


def test_a_jump_and_a_relation_are_named_by_their_cells(sheet, run_cli: Run) -> None:
    rows: dict[str, int] = {}

    def fill(book: openpyxl.Workbook) -> None:
        ws = book["各类教育"]
        rows["学位"] = row_of(ws, "新增学前学位", after="学前教育")
        ws.cell(rows["学位"], PREVIOUS).value = 230
        ws.cell(rows["学位"], VALUE).value = 2300
        rows["公办"] = row_of(ws, "公办园在园幼儿占比", after="学前教育")
        ws.cell(rows["公办"], VALUE).value = "61.5%"
        rows["普惠"] = row_of(ws, "普惠性幼儿园覆盖率", after="学前教育")
        ws.cell(rows["普惠"], VALUE).value = 0.58  # a percent-formatted cell holds a fraction

    code, out, _ = run_cli("check", str(sheet("填报表.xlsx", fill)))
    assert code == 1
    assert notes(out) == [
        f"错误：填报表.xlsx 各类教育!D{rows['公办']} 公办园在园幼儿占比：公办园在园幼儿占比61.5%大于普惠性幼儿园覆盖率58%"
        "（公办园都是普惠性幼儿园，公办园幼儿是普惠性幼儿园幼儿的一部分）。请核对这两个数，改正后再生成",
        f"注意：填报表.xlsx 各类教育!D{rows['学位']} 新增学前学位：本年2300个是上年230个的10倍。"
        "请确认这两个数；可能是多打或少打了一位数字（如把230打成2300），或小数点点错了一位；确实如此时可以不理会",
    ]


def test_four_offices_sheets_report_the_same_things_twice(sheet, run_cli: Run) -> None:
    rows: dict[str, int] = {}

    def office(book: openpyxl.Workbook) -> None:
        pass

    def basic_education(book: openpyxl.Workbook) -> None:
        ws = book["各类教育"]
        rows["做法"] = row_of(ws, "做法与成效", after="义务教育")
        ws.cell(rows["做法"], VALUE).value = "城东小学于9月建成投用"

    def staff(book: openpyxl.Workbook) -> None:
        ws = book["基本情况"]
        rows["专任教师"] = row_of(ws, "专任教师")
        ws.cell(rows["专任教师"], VALUE).value = 5012
        for label, value in (("幼儿园专任教师", 900), ("小学专任教师", 2100), ("初中专任教师", 1300), ("普通高中专任教师", 695)):
            ws.cell(row_of(ws, label), VALUE).value = value

    def finance(book: openpyxl.Workbook) -> None:
        ws = book["综合保障"]
        rows["项目"] = row_of(ws, "建设项目", after="学校建设") + 2  # under the table's column titles
        ws.cell(rows["项目"], 1).value = "城东小学"
        ws.cell(rows["项目"], 2).value = "新建"
        rows["营养"] = row_of(ws, "营养改善计划资金", after="学生资助")
        ws.cell(rows["营养"], VALUE).value = "1960万元"
        ws.cell(row_of(ws, "营养改善计划受益学生", after="学生资助"), VALUE).value = 24500
        rows["资助"] = row_of(ws, "资助项目", after="学生资助") + 2
        ws.cell(rows["资助"], 1).value = "营养改善计划"
        ws.cell(rows["资助"], 2).value = "1960万元"
        ws.cell(rows["资助"], 4).value = "24500人"

    paths = [
        sheet("办公室.xlsx", office, "报告信息", "存在问题", "下一步工作"),
        sheet("基教股.xlsx", basic_education, "各类教育"),
        sheet("人事股.xlsx", staff, "基本情况"),
        sheet("计财股.xlsx", finance, "综合保障"),
    ]
    code, out, err = run_cli("check", *map(str, paths))
    assert code == 0, err
    assert notes(out) == [
        f"注意：人事股.xlsx 基本情况!D{rows['专任教师']} 专任教师：已填的幼儿园专任教师、小学专任教师、初中专任教师、普通高中专任教师"
        "合计4995人，比专任教师5012人少17人；没有填中职专任教师、特殊教育专任教师。"
        "差的数如果是中职专任教师、特殊教育专任教师的，请把这几项补上；如果不是，请核对总数和各项的数",
        f"注意：计财股.xlsx 综合保障!A{rows['资助']} 资助项目：资助项目“营养改善计划”的金额1960万元、惠及人数24500人，"
        f"和营养改善计划资金、营养改善计划受益学生（计财股.xlsx 综合保障!D{rows['营养']} 营养改善计划资金）是同样的数，"
        "像是同一件事填了两次。同一件事请只在一处填写，删去另一处；确实是两件事时可以不理会",
        f"注意：基教股.xlsx 各类教育!D{rows['做法']} 做法与成效：这一句写到了建设项目“城东小学”（计财股.xlsx 综合保障!A{rows['项目']} 建设项目），"
        "报告里会写两遍。同一件事请只在一处填写，删去另一处；确实是两件事时可以不理会",
    ]


def test_last_years_sheet_checks_this_years_previous_values(sheet, run_cli: Run) -> None:
    rows: dict[str, int] = {}

    def last_year(book: openpyxl.Workbook) -> None:
        ws = book["综合保障"]
        rows["经费"] = row_of(ws, "一般公共预算教育经费", after="教育经费")
        ws.cell(rows["经费"], VALUE).value = "13.91亿元"

    def this_year(book: openpyxl.Workbook) -> None:
        ws = book["综合保障"]
        ws.cell(rows["经费"], PREVIOUS).value = "13.19亿元"
        ws.cell(rows["经费"], VALUE).value = "14.20亿元"

    last = sheet("2024填报表.xlsx", last_year, year=2024)
    this = sheet("2025填报表.xlsx", this_year)
    code, out, err = run_cli("check", str(this), "--from", str(last))
    assert code == 0, err
    assert notes(out) == [
        f"注意：2025填报表.xlsx 综合保障!C{rows['经费']} 一般公共预算教育经费：上年数值写的是13.19亿元，"
        f"上年的数据（2024填报表.xlsx 综合保障!D{rows['经费']} 一般公共预算教育经费）是13.91亿元。"
        "同比变化按上年数值计算：请核对哪个对，改成一致（上年数据后来更正过的，以更正后的为准）"
    ]


def test_a_figure_split_between_two_sheets_is_named_in_the_sheet_each_value_came_from(sheet, run_cli: Run) -> None:
    rows: dict[str, int] = {}

    def places(**cells: int) -> Callable[[openpyxl.Workbook], None]:
        def fill(book: openpyxl.Workbook) -> None:
            ws = book["各类教育"]
            rows["学位"] = row_of(ws, "新增学前学位", after="学前教育")
            for column, value in cells.items():
                ws.cell(rows["学位"], {"previous": PREVIOUS, "value": VALUE}[column]).value = value

        return fill

    office = sheet("办公室.xlsx", lambda book: None, "报告信息", "存在问题", "下一步工作")
    first = sheet("基教股.xlsx", places(value=1170), "各类教育")
    second = sheet("学前办.xlsx", places(previous=1010, value=1170), "各类教育")  # adds 上年 to the same figure
    last = sheet("2024填报表.xlsx", places(value=1100), year=2024)
    code, out, err = run_cli("check", str(office), str(first), str(second), "--from", str(last))
    assert code == 0, err
    assert notes(out) == [
        f"注意：学前办.xlsx 各类教育!C{rows['学位']} 新增学前学位：上年数值写的是1010个，"
        f"上年的数据（2024填报表.xlsx 各类教育!D{rows['学位']} 新增学前学位）是1100个。"
        "同比变化按上年数值计算：请核对哪个对，改成一致（上年数据后来更正过的，以更正后的为准）"
    ]

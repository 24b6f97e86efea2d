"""``drafter import`` as a clerk meets it: last year's report in, a data file and an account out;
the data file taken by ``drafter sheet`` and ``drafter build`` like any other; anything that is
not a readable report refused in Chinese, with nothing written."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest

from tests.conftest import EXAMPLES

REPORTS = Path(__file__).parent / "data" / "reports"

SMALL_REPORT = """天津市东丽区2024年教育工作总结

2024年，东丽区教育系统在区委、区政府的坚强领导下，努力办好人民满意的教育。
一、坚持统筹推进，各类教育齐头并进
1.学前教育普及普惠。共新增学前学位1170个，较上年的1100个增加70个，完成年度目标（1350个）的86.7%。公办率由36.8%提升至50.86%。开展“家园共育”活动，覆盖幼儿2.1万人次。2024年10月，顺利通过全国学前教育普及普惠区评估验收。
2.义务教育优质均衡。新增义务教育学位1080个（其中城区600个）。
二、坚持党建引领
1.组织建设。调整科级干部112人。
天津市东丽区教育局
2024年12月31日
"""


def files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


@pytest.fixture
def small(tmp_path: Path) -> Path:
    path = tmp_path / "2024总结.txt"
    path.write_text(SMALL_REPORT, encoding="utf-8")
    return path


def test_the_data_file_has_the_figures_and_the_account_their_sentences(run_cli, tmp_path: Path, small: Path) -> None:
    code, out, err = run_cli("import", str(small), "-o", "2024.json")
    assert code == 0, err
    assert "已生成：2024.json" in out and "2024-导入核对.md" in out
    data = json.loads((tmp_path / "2024.json").read_text(encoding="utf-8"))
    assert data["meta"] == {
        "region": "天津市", "district": "东丽区", "organ": "天津市东丽区教育局", "year": 2024, "kind": "summary", "date": "2024-12-31",
    }  # fmt: skip
    preschool = data["education"]["preschool"]
    assert preschool["new_places"] == {"value": "1170个", "previous": "1100个", "target": "1350个"}
    assert preschool["public_share"] == {"value": "50.86%", "previous": "36.8%"}
    assert data["education"]["compulsory"]["new_places"] == {"value": "1080个", "breakdown": {"其中城区": "600个"}}
    assert "2024年10月，顺利通过全国学前教育普及普惠区评估验收" in preschool["highlights"]
    account = (tmp_path / "2024-导入核对.md").read_text(encoding="utf-8")
    assert "- 本年：1170个　←　共新增学前学位1170个，较上年的1100个增加70个" in account
    assert "- 目标：1350个　←　" in account
    assert "- 成文日期：2024-12-31（来自：2024年12月31日）" in account


def test_a_number_no_field_takes_stays_in_its_sentence_and_is_listed(run_cli, tmp_path: Path, small: Path) -> None:
    assert run_cli("import", str(small), "-o", "2024.json")[0] == 0
    data = json.loads((tmp_path / "2024.json").read_text(encoding="utf-8"))
    assert "开展“家园共育”活动，覆盖幼儿2.1万人次" in data["education"]["preschool"]["highlights"]
    account = (tmp_path / "2024-导入核对.md").read_text(encoding="utf-8")
    assert "- 2.1万人次：没有对应的数据项" in account


def test_a_value_that_fits_two_fields_is_listed_not_written(run_cli, tmp_path: Path, small: Path) -> None:
    assert run_cli("import", str(small), "-o", "2024.json")[0] == 0
    data = json.loads((tmp_path / "2024.json").read_text(encoding="utf-8"))
    organisation = data["party"]["organisation"]
    assert "cadres_promoted" not in organisation and "cadres_rotated" not in organisation
    assert "调整科级干部112人" in organisation["highlights"]
    account = (tmp_path / "2024-导入核对.md").read_text(encoding="utf-8")
    line = next(line for line in account.splitlines() if line.startswith("- 112人："))
    assert "不能确定，没有写入" in line and "新提拔使用科级干部" in line and "平职交流科级干部" in line


def test_a_change_in_brackets_inside_a_list_ends_at_its_bracket(run_cli, tmp_path: Path) -> None:
    """``小学53所（较上年的55所减少2所）、初中14所``: 14所 is a value, not part of 小学's change."""
    text = SMALL_REPORT.replace(
        "2024年，东丽区教育系统在区委、区政府的坚强领导下，努力办好人民满意的教育。",
        "2024年，东丽区教育系统在区委、区政府的坚强领导下，努力办好人民满意的教育。\n"
        "全区共有各级各类学校192所，其中幼儿园115所、小学53所（较上年的55所减少2所）、初中14所、普通高中5所。"
        "在校学生9000余人，其中小学在校生2390人（与上年持平）、初中在校生2460人。",
    )
    (tmp_path / "2024总结.txt").write_text(text, encoding="utf-8")
    assert run_cli("import", "2024总结.txt", "-o", "2024.json")[0] == 0
    overview = json.loads((tmp_path / "2024.json").read_text(encoding="utf-8"))["overview"]
    assert overview["primary_schools"] == {"value": "53所", "previous": "55所"}
    assert overview["junior_schools"] == "14所" and overview["high_schools"] == "5所"
    assert overview["primary_students"] == {"value": "2390人", "previous": "2390人"}
    assert overview["junior_students"] == "2460人"


def test_a_change_that_does_not_add_up_is_listed_not_dropped(run_cli, tmp_path: Path) -> None:
    """The writer computes changes, so a change is not written; one that is not the difference
    of the values it stands with (1170 − 1100 is not 80) is listed for the clerk to check."""
    text = SMALL_REPORT.replace("较上年的1100个增加70个", "较上年的1100个增加80个")
    (tmp_path / "2024总结.txt").write_text(text, encoding="utf-8")
    assert run_cli("import", "2024总结.txt", "-o", "2024.json")[0] == 0
    account = (tmp_path / "2024-导入核对.md").read_text(encoding="utf-8")
    assert "- 80个：像是与上年相比的变化，但和本年、上年的数对不上，没有写入；请核对" in account
    data = json.loads((tmp_path / "2024.json").read_text(encoding="utf-8"))
    assert data["education"]["preschool"]["new_places"] == {"value": "1170个", "previous": "1100个", "target": "1350个"}
    original = tmp_path / "original.txt"
    original.write_text(SMALL_REPORT, encoding="utf-8")
    assert run_cli("import", "original.txt", "-o", "original.json")[0] == 0
    assert "像是与上年相比的变化" not in (tmp_path / "original-导入核对.md").read_text(encoding="utf-8")


def test_a_number_about_another_subject_is_not_read_as_a_look_alike_field(run_cli, tmp_path: Path) -> None:
    """科技教育特色学校 is not 体育特色学校 (新命名区级体育特色学校): the subject word tells them apart."""
    text = SMALL_REPORT.replace(
        "1.组织建设。调整科级干部112人。",
        "1.组织建设。调整科级干部112人。\n三、坚持立德树人\n"
        "1.科学教育。举办第三届中小学科创节，评选区科技教育特色学校18所。",
    )
    (tmp_path / "2024总结.txt").write_text(text, encoding="utf-8")
    assert run_cli("import", "2024总结.txt", "-o", "2024.json")[0] == 0
    data = json.loads((tmp_path / "2024.json").read_text(encoding="utf-8"))
    assert "pe" not in data["moral"]
    assert "评选区科技教育特色学校18所" in data["moral"]["science"]["highlights"][0]
    account = (tmp_path / "2024-导入核对.md").read_text(encoding="utf-8")
    assert "- 18所：没有对应的数据项" in account


def test_the_imported_file_builds_and_fills_a_sheet_as_last_year(run_cli, tmp_path: Path) -> None:
    code, _, err = run_cli("import", str(REPORTS / "tianjin-dongli-2024-summary.txt"), "-o", "2024.json")
    assert code == 0, err
    code, _, err = run_cli("build", "2024.json", "-o", "2024.docx")
    assert code == 0, err
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "2024.docx")).paragraphs)
    assert "公办园在园幼儿占比由36.8%提升至50.86%" in text
    code, _, err = run_cli("sheet", "2025.xlsx", "--from", "2024.json")
    assert code == 0, err
    sheet = openpyxl.load_workbook(tmp_path / "2025.xlsx")["各类教育"]
    row = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == "新增学前学位")
    assert sheet.cell(row, 3).value == "1170个"  # 上年, as the report wrote it
    assert sheet.cell(row, 4).value is None  # 本年, for the office to fill


def test_next_starts_the_following_year(run_cli, tmp_path: Path) -> None:
    code, out, err = run_cli("import", str(REPORTS / "tianjin-dongli-2024-summary.txt"), "-o", "2025.json", "--next")
    assert code == 0, err
    data = json.loads((tmp_path / "2025.json").read_text(encoding="utf-8"))
    assert data["meta"]["year"] == 2025 and data["meta"]["date"] == "2025-12-31"
    assert data["education"]["preschool"]["new_places"] == {"previous": "1170个"}
    assert data["support"]["funding"]["general_budget"] == {"previous": "14.20亿元"}
    assert "highlights" not in data["education"]["preschool"] and "opening" not in data
    assert data["style"]["headings"]["学前教育"] == "学前教育普及普惠"  # the house's headings stay
    account = (tmp_path / "2025-导入核对.md").read_text(encoding="utf-8")
    assert "年度改为2025年" in account
    code, _, err = run_cli("sheet", "2025.xlsx", "--data", "2025.json")
    assert code == 0, err
    book = openpyxl.load_workbook(tmp_path / "2025.xlsx")
    sheet = book["各类教育"]
    row = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == "新增学前学位")
    assert sheet.cell(row, 3).value == "1170个" and sheet.cell(row, 4).value is None
    code, _, err = run_cli("build", "2025.json", "-o", "2025.docx")
    assert code == 1 and "没有可写的内容" in err  # last year's values alone say nothing yet


def test_a_plan_carries_its_targets_to_the_next_year(run_cli, tmp_path: Path) -> None:
    code, _, err = run_cli("import", str(REPORTS / "tianjin-dongli-2022-plan.txt"), "-o", "2023.json", "--next")
    assert code == 0, err
    data = json.loads((tmp_path / "2023.json").read_text(encoding="utf-8"))
    assert data["meta"]["kind"] == "plan" and data["meta"]["year"] == 2023
    assert data["education"]["preschool"]["new_places"] == {"target": "1350个"}
    assert data["teachers"]["staffing"]["exchange_rate"] == {"previous": "10%", "target": "20%"}
    assert data["formal"]["notice"]["recipients"][0] == "各中小学"
    assert "number" not in data["formal"]  # a new 发文字号 each year


def test_the_report_information_of_a_notice_and_of_a_self_evaluation(run_cli, tmp_path: Path) -> None:
    assert run_cli("import", str(REPORTS / "tianjin-dongli-2022-plan.txt"), "-o", "plan.json")[0] == 0
    plan = json.loads((tmp_path / "plan.json").read_text(encoding="utf-8"))
    assert plan["meta"]["kind"] == "plan" and plan["meta"]["organ"] == "天津市东丽区教育局"
    assert plan["formal"]["notice"] == {
        "recipients": ["各中小学", "幼儿园", "职业教育中心学校", "各科室及其他事业单位"], "request": "请认真抓好贯彻落实",
    }  # fmt: skip
    assert run_cli("import", str(REPORTS / "tianjin-jinghai-2023-self-evaluation.txt"), "-o", "se.json")[0] == 0
    evaluation = json.loads((tmp_path / "se.json").read_text(encoding="utf-8"))
    assert evaluation["meta"]["kind"] == "self_evaluation" and evaluation["meta"]["date"] == "2024-08-29"
    assert evaluation["meta"]["recipient"] == "市政府教育督导室"
    assert evaluation["basis"].startswith("《市政府教育督导室关于印发2024年对各区政府履行教育职责督导检查方案的通知》")
    assert [p["title"] for p in evaluation["problems"]][0] == "办学条件还需要进一步改善"
    assert evaluation["measures"][0]["title"] == "坚持改革创新,多方面提升教育保障体系质量"
    assert evaluation["measures"][0]["points"][0]["title"] == "积极推进优质教育资源建设"


def test_the_house_structure_is_kept_as_style(run_cli, tmp_path: Path) -> None:
    code, _, err = run_cli(
        "import", str(REPORTS / "hangzhou-linping-2024-summary-and-plan.txt"), "-o", "x.json", "--region", "浙江省杭州市", "--district", "临平区"
    )
    assert code == 0, err
    data = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
    assert data["meta"]["kind"] == "summary_and_plan" and data["meta"]["district"] == "临平区"
    assert data["style"]["sections"][-1] == "党的建设"  # the report ends with its party work
    assert [p["title"] for p in data["next_steps"]][0] == "实施“学有优教”行动,完善公共服务体系"
    assert data["outlook"][0].startswith("新的一年")


def test_missing_place_names_the_option(run_cli, tmp_path: Path) -> None:
    code, out, err = run_cli("import", str(REPORTS / "hangzhou-linping-2024-summary-and-plan.txt"), "-o", "x.json")
    assert code == 1
    assert "原文里找不到省（市）、区（县）" in err and "--region" in err and "--district" in err
    assert "Traceback" not in err and not (tmp_path / "x.json").exists()


def _zip_bomb(path: Path) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<w:document>" + b" " * (120 * 1024 * 1024) + b"</w:document>")


BAD = {
    "old_word.doc": (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600), "不能直接导入 .doc 文件"),
    "renamed_doc.docx": (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600), "是旧版 Word 文档（.doc）"),
    "scan.pdf": (lambda p: p.write_bytes(b"%PDF-1.4\n%image only\n"), "不能导入 PDF 文件"),
    "photo.docx": (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64), "是图片，里面没有可以读取的文字"),
    "broken.docx": (lambda p: p.write_bytes(b"PK\x03\x04 not really a zip"), "不是能读取的 Word 文档"),
    "bomb.docx": (_zip_bomb, "文件解压后有 120 MB"),
    "notes.txt": (lambda p: p.write_text("今天开会，讨论了三件事。" * 40, encoding="utf-8"), "看不出这是一份教育工作报告"),
    "binary.txt": (lambda p: p.write_bytes(b"\x00\x01\x02" * 100), "这不是文字文件"),
    "data.json": (lambda p: p.write_text("{}", encoding="utf-8"), "这是数据文件，不用导入"),
    "table.txt": (
        lambda p: p.write_text("天津市东丽区2024年教育工作总结\n一、统计\n1.数据。" + "学校12所、学生340人。" * 2000, encoding="utf-8"),
        "文件里有 4000 个数字，一份报告不会超过 3000 个",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_what_is_not_a_readable_report_is_refused_and_nothing_written(run_cli, tmp_path: Path, name: str) -> None:
    make, message = BAD[name]
    make(tmp_path / name)
    before = files(tmp_path)
    code, out, err = run_cli("import", name, "-o", "out.json")
    assert code == 1
    assert err.startswith("错误：") and name in err and message in err, err
    assert "Traceback" not in err and "内部出错" not in err
    assert files(tmp_path) == before


def test_a_file_far_too_big_is_refused_before_it_is_read(run_cli, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # 200 MB, sparse: nothing is written to the disk
        handle.truncate(200 * 1024 * 1024)
    code, _, err = run_cli("import", "big.txt", "-o", "out.json")
    assert code == 1 and "文件太大（200 MB）" in err and "big.txt" in err
    assert not (tmp_path / "out.json").exists()


def test_outputs_never_replace_the_report_or_an_existing_file(run_cli, tmp_path: Path, small: Path) -> None:
    code, _, err = run_cli("import", str(small), "-o", str(small.with_suffix(".json")), "--report", str(small))
    assert code == 1 and "读入的文件" in err
    (tmp_path / "2024.json").write_text("{}", encoding="utf-8")
    code, _, err = run_cli("import", str(small), "-o", "2024.json")
    assert code == 1 and "已存在" in err
    assert (tmp_path / "2024.json").read_text(encoding="utf-8") == "{}"
    assert not (tmp_path / "2024-导入核对.md").exists()
    code, _, err = run_cli("import", str(small), "-o", "2024.json", "--force")
    assert code == 0, err


def test_a_word_document_reads_like_its_text(run_cli, tmp_path: Path) -> None:
    document = docx.Document()
    for line in SMALL_REPORT.splitlines():
        document.add_paragraph(line)
    document.save(str(tmp_path / "2024.docx"))
    (tmp_path / "2024.txt").write_text(SMALL_REPORT, encoding="gb18030")  # a Windows Notepad file
    assert run_cli("import", "2024.docx", "-o", "a.json")[0] == 0
    assert run_cli("import", "2024.txt", "-o", "b.json")[0] == 0
    a = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    b = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    assert a == b and a["education"]["preschool"]["new_places"]["value"] == "1170个"


def test_the_markdown_preview_reads_like_the_document(run_cli, tmp_path: Path) -> None:
    code, _, err = run_cli("build", str(EXAMPLES / "dongli-2024.json"), "-o", "preview.md")
    assert code == 0, err
    code, _, err = run_cli("import", "preview.md", "-o", "back.json")
    assert code == 0, err
    data = json.loads((tmp_path / "back.json").read_text(encoding="utf-8"))
    assert data["education"]["preschool"]["public_share"] == {"value": "50.86%", "previous": "36.8%"}
    assert data["support"]["funding"]["budget_share"] == {"value": "17.13%", "previous": "14.15%", "previous_year": 2019}

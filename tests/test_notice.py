"""A report issued with a 印发通知: the notice first, the report on a new page, one 署名, 版记 last."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn

from drafter.cli import main
from drafter.model import Report
from tests.conftest import EXAMPLES, document_text, example

NOTICE_TITLE = "天津市东丽区教育局关于印发\n《天津市东丽区2022年教育工作要点》\n的通知"
RECIPIENT = "各中小学、幼儿园、职业教育中心学校、各科室及其他事业单位："
SENTENCE = "现将《天津市东丽区2022年教育工作要点》印发给你们，请认真抓好贯彻落实。"
PLAN_TITLE = "天津市东丽区2022年教育工作要点"
RUN_IN = "段首标题"


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> docx.document.Document:
    out = tmp_path_factory.mktemp("notice") / "plan.docx"
    assert main(["build", str(EXAMPLES / "dongli-2022-plan.json"), "-o", str(out)]) == 0
    return docx.Document(str(out))


def plan_data(**notice: Any) -> dict[str, Any]:
    """The Dongli 2022 example, its notice replaced by ``notice`` when given."""
    data = example("dongli-2022-plan.json")
    if notice:
        data["formal"]["notice"] = notice
    return data


def without_notice() -> dict[str, Any]:
    data = plan_data()
    del data["formal"]["notice"]
    return data


def styled(document: docx.document.Document, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == style]


def leads(document: docx.document.Document) -> list[str]:
    return [p.runs[0].text for p in document.paragraphs if p.runs and p.runs[0].style.name == RUN_IN]


# -- what the reader sees --------------------------------------------------------------------
def test_page_one_reads_as_the_real_notice(plan) -> None:
    start = [p.style.name for p in plan.paragraphs].index("Title")
    seen = [(p.style.name, p.text) for p in plan.paragraphs[start : start + 9]]
    assert seen == [
        ("Title", NOTICE_TITLE),  # 关于印发 / 《…》 / 的通知
        ("Normal", ""),  # 空一行 (7.3.2)
        ("主送机关", RECIPIENT),  # 顶格, 全角冒号
        ("Normal", SENTENCE),
        ("Normal", ""),  # 署名 下空一行 (7.3.5.2)
        ("署名", "天津市东丽区教育局"),
        ("成文日期", "2022年3月1日"),
        ("Title", PLAN_TITLE),  # the report, with its own title
        ("Normal", ""),
    ]
    assert [p.text for p in plan.paragraphs[:start] if p.text] == ["天津市东丽区教育局文件", "东教发〔2022〕5号"]
    assert plan.paragraphs[start + 9].text.startswith("2022年全区教育工作的总体要求是：")


def test_the_report_starts_on_a_new_page(plan) -> None:
    breaks = [p.text for p in plan.paragraphs if p.paragraph_format.page_break_before]
    assert breaks == [PLAN_TITLE]
    assert not plan.element.body.findall(f".//{qn('w:br')}[@{qn('w:type')}='page']")


def test_the_notice_text_keeps_with_its_signature(plan) -> None:
    """7.3.5.5: the 署名 never stands on a page without the text above it."""
    at = [p.text for p in plan.paragraphs].index(SENTENCE)
    assert plan.paragraphs[at].paragraph_format.keep_with_next
    assert plan.paragraphs[at + 1].paragraph_format.keep_with_next
    assert plan.styles["署名"].paragraph_format.keep_with_next


def test_one_signature_the_notices(plan) -> None:
    assert styled(plan, "署名") == ["天津市东丽区教育局"]
    assert styled(plan, "成文日期") == ["2022年3月1日"]
    last_text = [p for p in plan.paragraphs if p.text][-1]
    assert last_text.runs[0].style.name == RUN_IN  # the report ends with its last task


def test_headings_are_numbered_as_without_the_notice(plan, build) -> None:
    without = build(without_notice())
    assert styled(without, "Title") == [PLAN_TITLE]
    assert styled(plan, "Heading 1") == styled(without, "Heading 1")
    assert [h[:2] for h in styled(plan, "Heading 1")] == ["一、", "二、", "三、", "四、", "五、"]
    assert leads(plan) == leads(without) and leads(plan)[0].startswith("1.")


def test_colophon_comes_last(plan) -> None:
    body = list(plan.element.body)
    (table,) = plan.tables
    at = body.index(table._tbl)
    assert all(not "".join(e.itertext()).strip() for e in body[at + 1 :])  # only the anchor and sectPr
    rows = [row.cells[0].text for row in table.rows]
    assert rows == ["抄送：区政府办公室。", "天津市东丽区教育局办公室\t2022年3月1日印发"]


def test_document_is_named_after_the_notice(run_cli, tmp_path: Path) -> None:
    code, out, _ = run_cli("build", str(EXAMPLES / "dongli-2022-plan.json"))
    name = "天津市东丽区教育局关于印发《天津市东丽区2022年教育工作要点》的通知.docx"
    assert code == 0 and name in out
    assert docx.Document(str(tmp_path / name)).core_properties.title == NOTICE_TITLE.replace("\n", "")


# -- wording ------------------------------------------------------------------------------------
def test_request_and_recipients_as_the_clerk_writes_them(build) -> None:
    data = plan_data(recipients="各中小学、幼儿园：", request="请结合实际认真贯彻执行。")
    document = build(data)
    assert styled(document, "主送机关") == ["各中小学、幼儿园："]  # one colon, the writer's
    assert "现将《天津市东丽区2022年教育工作要点》印发给你们，请结合实际认真贯彻执行。" in document_text(document)


def test_a_title_quoting_a_document_nests_its_quotes(build) -> None:
    data = plan_data(recipients=["各中小学"])
    data["meta"]["title"] = "东丽区落实《义务教育课程方案》\n工作要点"
    document = build(data)
    notice_title, plan_title = styled(document, "Title")
    assert notice_title.replace("\n", "") == "天津市东丽区教育局关于印发《东丽区落实〈义务教育课程方案〉工作要点》的通知"
    assert plan_title == "东丽区落实《义务教育课程方案》\n工作要点"  # the clerk's own line break
    assert "现将《东丽区落实〈义务教育课程方案〉工作要点》印发给你们，" in document_text(document)


def test_report_profile_gives_the_notice_without_red_head_or_colophon(build) -> None:
    data = plan_data()
    data["style"]["profile"] = "report"
    document = build(data)
    assert document.paragraphs[0].text == NOTICE_TITLE
    assert styled(document, "主送机关") == [RECIPIENT] and styled(document, "署名") == ["天津市东丽区教育局"]
    assert [p.text for p in document.paragraphs if p.paragraph_format.page_break_before] == [PLAN_TITLE]
    assert not document.tables and "发文机关标志" not in [s.name for s in document.styles]


def test_the_reports_own_recipient_gives_way_to_the_notices(build) -> None:
    data = plan_data()
    data["meta"]["recipient"] = "区政府教育督导室"
    assert styled(build(data), "主送机关") == [RECIPIENT]


def test_markdown_preview_shows_the_notice_then_the_report(run_cli, tmp_path: Path) -> None:
    code, out, _ = run_cli("build", str(EXAMPLES / "dongli-2022-plan.json"), "--format", "md")
    assert code == 0
    order = [
        "**天津市东丽区教育局文件**",
        f"# {NOTICE_TITLE.replace(chr(10), '')}",
        RECIPIENT,
        SENTENCE,
        "天津市东丽区教育局<br>2022年3月1日",
        '<div style="page-break-before: always"></div>',
        f"# {PLAN_TITLE}",
        "## 一、",
        "抄送：区政府办公室。",
    ]
    positions = [out.index(part) for part in order]
    assert positions == sorted(positions)
    assert out.count("<br>2022年3月1日") == 1


def test_the_schema_names_the_notice_fields_in_chinese() -> None:
    """What an editor shows the clerk while filling in ``formal.notice``."""
    notice = Report.model_json_schema()["$defs"]["Notice"]
    assert notice["title"] == "印发通知" and notice["required"] == ["recipients"]
    assert notice["properties"]["recipients"]["title"] == "主送机关"
    assert notice["properties"]["request"] | {"description": ""} == {
        "title": "贯彻要求", "type": "string", "default": "请认真抓好贯彻落实", "description": ""
    }


# -- mistakes -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("notice", "says"),
    [
        ({}, "缺少这一项"),
        ({"recipients": []}, "印发通知至少要写一个主送机关"),
        ({"recipients": ["  ", "："]}, "印发通知至少要写一个主送机关"),
    ],
)
def test_a_notice_without_recipients_is_refused(run_cli, tmp_path: Path, notice: dict, says: str) -> None:
    source = tmp_path / "data.json"
    data = plan_data()
    data["formal"]["notice"] = notice
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, _, err = run_cli("build", str(source), "-o", "out.docx")
    assert code == 1
    assert "印发通知 › 主送机关（formal.notice.recipients）" in err and says in err
    assert "Traceback" not in err and "List" not in err
    assert not (tmp_path / "out.docx").exists()

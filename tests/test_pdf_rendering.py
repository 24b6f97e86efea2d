"""The pages a reviewer sees, rendered by LibreOffice: lines per page, page numbers, title, closing,
the red 版头 and the 版记. The tests that read a PDF are skipped where LibreOffice or poppler-utils
is not installed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from drafter.cli import main
from drafter.compose.compose import compose
from drafter.inputs import load_report
from drafter.outline import Heading
from drafter.pdf import find_soffice
from tests.conftest import EXAMPLES, example
from tests.pdf_pages import PT_PER_MM, Line, Page, is_dark, is_red, read_pages, render

#: LibreOffice where drafter finds it (PATH, its usual folders, DRAFTER_SOFFICE), and poppler-utils.
PDF_TOOLS = find_soffice() is not None and all(shutil.which(tool) for tool in ("pdftotext", "pdftoppm"))

#: The standard type area, in mm from the page's top and left edges.
TOP, BOTTOM, LEFT, RIGHT = 37.0, 262.0, 28.0, 184.0
ONE_CHAR_PT = 156 / 28 * PT_PER_MM  # 一字 on the 28-character line
PAGE_NUMBER_CHAR_PT = 14  # 4号
FORMAL = {
    "number": "东教发〔2024〕28号",
    "copy_to": ["区委教育工委", "区政府教育督导室"],
    "printer": "天津市东丽区教育局办公室",
    "print_date": "2024年12月31日",
}


def build_pdf(folder: Path, data: Path, *flags: str) -> Path:
    if not PDF_TOOLS:
        pytest.skip("needs LibreOffice (soffice) and poppler-utils (pdftotext, pdftoppm)")
    out = folder / "report.docx"
    assert main(["build", str(data), "-o", str(out), "--pdf", *flags]) == 0
    return out.with_suffix(".pdf")


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_pdf(tmp_path_factory.mktemp("report"), EXAMPLES / "dongli-2024.json")


@pytest.fixture(scope="module")
def formal_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("formal")
    data = example("dongli-2024.json")
    data["formal"] = FORMAL
    source = folder / "formal.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return build_pdf(folder, source, "--profile", "formal")


@pytest.fixture(scope="module")
def plan_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Dongli 2022 plan as it was issued: 红头, 印发通知, the plan from page 2, 版记."""
    return build_pdf(tmp_path_factory.mktemp("plan"), EXAMPLES / "dongli-2022-plan.json")


@pytest.fixture(scope="module")
def centred_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("centred")
    return build_pdf(folder, EXAMPLES / "dongli-2024.json", "--margins", "electronic", "--page-numbers", "center")


def body_lines(page: Page, top: float = TOP, bottom: float = BOTTOM) -> list:
    return page.between(top, bottom)


def is_chinese(text: str) -> bool:
    """Only full-width characters (no digits, Latin letters or curly quotes, whose widths vary)."""
    return all(ord(c) >= 0x2E80 for c in text)


# -- lines and characters ----------------------------------------------------------------------
LINES_PER_PAGE = 22  # GB/T 9704-2012 5.2.2: 一般每面排22行
CLOSING = "天津市东丽区教育局"  # the 署名 of the Dongli examples


def headings_of(data: Path) -> list[str]:
    """The texts of the document's headings on lines of their own (一、…, （一）…), which the
    writer keeps with the paragraph after them."""
    outline = compose(load_report(data))
    return [block.full_text for block in outline.blocks if isinstance(block, Heading)]


def kept_lines(page: Page, headings: list[str], closing: str, top: float, bottom: float) -> int:
    """How many lines at the top of ``page`` came there kept with what follows them.

    A heading keeps with the first line of its paragraph, and the text's last lines keep with
    the 署名 and the 成文日期 (7.3.5.2), so a page may end early by as many lines as the next page
    opens with headings, or, on the last page, by the lines above the closing and one more: the
    line the 署名 would have taken had its date fitted after it.
    """
    texts = [line.text.replace(" ", "") for line in body_lines(page, top, bottom)]
    if closing in texts:  # the text's last lines, and the line the 署名 could not take without its date
        return texts.index(closing) + 1
    count = 0
    while count < len(texts):
        heading = next((h for h in headings if h.startswith(texts[count])), None)
        if heading is None:
            break
        read = ""
        while count < len(texts) and heading.startswith(read + texts[count]):
            read += texts[count]
            count += 1
        if read != heading:
            break
    return count


def short_pages(pages: list[Page], headings: list[str], top: float = TOP, bottom: float = BOTTOM) -> list[str]:
    """Pages after the first that hold fewer or more than 22 lines without a reason: lines may
    move on only to keep a heading with its paragraph or the text with its closing. The last
    page holds what is left."""
    faults = []
    for page, following in zip(pages[1:-1], pages[2:]):
        missing = LINES_PER_PAGE - len(body_lines(page, top, bottom))
        if not 0 <= missing <= kept_lines(following, headings, CLOSING, top, bottom):
            faults.append(f"page {page.number}: {LINES_PER_PAGE - missing} lines, next page opens with "
                          f"{body_lines(following, top, bottom)[0].text!r}")
    return faults


@pytest.mark.parametrize("which", ["report_pdf", "formal_pdf"])
def test_every_full_page_has_22_body_lines(which: str, request: pytest.FixtureRequest) -> None:
    pages = read_pages(request.getfixturevalue(which))
    assert len(pages) >= 4
    assert short_pages(pages, headings_of(EXAMPLES / "dongli-2024.json")) == []


def test_electronic_margins_also_hold_22_lines(centred_pdf: Path) -> None:
    pages = read_pages(centred_pdf)
    assert len(pages) >= 4
    assert short_pages(pages, headings_of(EXAMPLES / "dongli-2024.json"), 34.58, 297 - 32.58) == []


def test_a_short_page_needs_a_kept_heading_after_it() -> None:
    """The rule holds a page short of lines only when the next page explains it."""
    pitch = 28.95

    def page(number: int, texts: list[str]) -> Page:
        top = TOP * PT_PER_MM
        lines = [Line(t, 80, 500, top + i * pitch, top + i * pitch + 16) for i, t in enumerate(texts)]
        return Page(number, 595, 842, lines)

    body = [f"正文第{i}行" for i in range(LINES_PER_PAGE)]
    heading = "五、坚持教育优先发展，综合保障能力持续增强"
    last = page(4, ["最后一段。", CLOSING, "2024年12月31日"])
    full = [page(1, body), page(2, body), page(3, body), last]
    assert short_pages(full, [heading]) == []
    before_heading = [page(1, body), page(2, body[:-1]), page(3, [heading, *body[:-1]]), last]
    assert short_pages(before_heading, [heading]) == []
    before_paragraph = [page(1, body), page(2, body[:-1]), page(3, body), last]
    assert short_pages(before_paragraph, [heading]) == ["page 2: 21 lines, next page opens with '正文第0行'"]
    too_short = [page(1, body), page(2, body[:-2]), page(3, [heading, *body[:-1]]), last]
    assert len(short_pages(too_short, [heading])) == 1
    before_closing = [page(1, body), page(2, body), page(3, body[:-1]), last]
    assert short_pages(before_closing, [heading]) == []


def test_full_lines_hold_28_characters(report_pdf: Path) -> None:
    """Every full all-Chinese line holds 28 characters (29 when a last punctuation mark hangs,
    27 when the 28th would be an opening quote or bracket, which may not end a line)."""
    pages = read_pages(report_pdf)
    full = []
    for page in pages[1:-1]:
        lines = body_lines(page)
        for line, following in zip(lines, [*lines[1:], None]):
            if (
                line.right > RIGHT * PT_PER_MM - ONE_CHAR_PT
                and line.left < LEFT * PT_PER_MM + ONE_CHAR_PT / 2
                and is_chinese(line.text)
            ):
                full.append((line.text, following.text[:1] if following else ""))
    assert len(full) >= 5
    for text, next_starts in full:
        opening_moved = len(text) == 27 and next_starts in "“‘《（"
        assert len(text) == 28 or (len(text) == 29 and text[-1] in "，。、；：！？》）") or opening_moved, text


# -- page numbers --------------------------------------------------------------------------------
@pytest.mark.parametrize("which", ["report_pdf", "formal_pdf", "plan_pdf"])
def test_page_numbers_on_every_page_on_the_outer_side(which: str, request: pytest.FixtureRequest) -> None:
    for page in read_pages(request.getfixturevalue(which)):
        (footer,) = page.between(BOTTOM, 297)
        assert footer.text.replace(" ", "") == f"—{page.number}—"
        if page.number % 2:  # 单页码居右空一字
            assert footer.right == pytest.approx(RIGHT * PT_PER_MM - PAGE_NUMBER_CHAR_PT, abs=2.5)
        else:  # 双页码居左空一字
            assert footer.left == pytest.approx(LEFT * PT_PER_MM + PAGE_NUMBER_CHAR_PT, abs=2.5)


def test_centred_page_numbers(centred_pdf: Path) -> None:
    for page in read_pages(centred_pdf):
        (footer,) = page.between(BOTTOM, 297)
        assert footer.text.replace(" ", "") == f"—{page.number}—"
        assert (footer.left + footer.right) / 2 == pytest.approx((LEFT + RIGHT) / 2 * PT_PER_MM, abs=2.5)


def test_page_number_dash_is_7mm_below_the_type_area(report_pdf: Path, tmp_path: Path) -> None:
    page = read_pages(report_pdf)[1]
    (footer,) = page.between(BOTTOM, 297)
    raster = render(report_pdf, 2, 254, tmp_path)
    px_per_pt = raster.dpi / 72
    dash = range(int(footer.left * px_per_pt), int((footer.left + 10) * px_per_pt))  # the left 一字线
    rows = [y for y in raster.rows_where(is_dark, dash.start, dash.stop) if raster.mm(y) > BOTTOM]
    assert raster.mm(rows[0]) - BOTTOM == pytest.approx(7, abs=1)


# -- title and closing ----------------------------------------------------------------------------
def test_title_opens_page_one(report_pdf: Path) -> None:
    first = read_pages(report_pdf)[0].lines[0]
    assert first.text.replace(" ", "") == "天津市东丽区2024年教育工作总结"
    assert first.top < (TOP + 12) * PT_PER_MM


def test_signature_and_date_follow_the_last_body_line(report_pdf: Path) -> None:
    lines = read_pages(report_pdf)[-1].between(TOP, BOTTOM)
    texts = [line.text.replace(" ", "") for line in lines]
    at = texts.index("天津市东丽区教育局")
    assert texts[at + 1] == "2024年12月31日"
    assert at == len(lines) - 2
    assert_closing_placed(lines[at - 1], lines[at], lines[at + 1])


def assert_closing_placed(last_text: Line, signature: Line, date: Line) -> None:
    """GB/T 9704-2012 7.3.5.2: 署名 one blank line below the text, the date's first character
    two characters right of the 署名's, the longer of the two 右空二字."""
    assert signature.middle - last_text.middle == pytest.approx(2 * 28.95, abs=2)  # 下空一行
    assert date.left - signature.left == pytest.approx(2 * ONE_CHAR_PT, abs=2)  # 首字右移二字
    # 右空二字: the longer of the two ends there (within a character: digit widths depend on the
    # installed Latin font)
    two_in = RIGHT * PT_PER_MM - 2 * ONE_CHAR_PT
    assert max(signature.right, date.right) == pytest.approx(two_in, abs=ONE_CHAR_PT)


# -- formal profile -------------------------------------------------------------------------------
def test_formal_page_one_reads_mark_number_title(formal_pdf: Path) -> None:
    texts = [line.text.replace(" ", "") for line in read_pages(formal_pdf)[0].lines]
    assert texts[:3] == ["天津市东丽区教育局文件", "东教发〔2024〕28号", "天津市东丽区2024年教育工作总结"]


def test_formal_mark_and_rule_are_red(formal_pdf: Path, tmp_path: Path) -> None:
    raster = render(formal_pdf, 1, 100, tmp_path)
    red_rows = raster.rows_where(is_red)
    assert red_rows, "no red on page 1"
    assert raster.mm(red_rows[0]) == pytest.approx(TOP + 35, abs=1.5)  # 标志上边缘距版心上边缘35mm
    rule = [y for y in red_rows if sum(is_red(*raster.rgb(x, y)) for x in range(raster.width)) > raster.width * 0.7]
    assert rule, "no red rule as wide as the type area"
    spans = [x for x in range(raster.width) if is_red(*raster.rgb(x, rule[0]))]
    assert raster.mm(spans[-1] - spans[0]) == pytest.approx(156, abs=1.5)
    below_rule = [y for y in range(rule[-1] + 2, raster.height) if any(is_red(*raster.rgb(x, y)) for x in range(raster.width))]
    assert not below_rule, "only the 版头 is red"


def test_formal_colophon_sits_on_the_bottom_of_the_last_page(formal_pdf: Path, tmp_path: Path) -> None:
    pages = read_pages(formal_pdf)
    lines = pages[-1].between(TOP, BOTTOM)
    texts = [line.text.replace(" ", "") for line in lines]
    assert texts[-2] == "抄送：区委教育工委，区政府教育督导室。"
    assert texts[-1] == "天津市东丽区教育局办公室2024年12月31日印发"
    assert texts.index("天津市东丽区教育局") < len(texts) - 2
    assert lines[-1].bottom == pytest.approx(BOTTOM * PT_PER_MM - 6, abs=6)
    raster = render(formal_pdf, len(pages), 254, tmp_path)
    x_from, x_to = int(raster.width * 0.2), int(raster.width * 0.8)
    ruled = [y for y in range(int(raster.height * 0.5), raster.height) if all(is_dark(*raster.rgb(x, y)) for x in range(x_from, x_to, 7))]
    assert raster.mm(ruled[-1]) == pytest.approx(BOTTOM, abs=0.6)  # 末条分隔线与版心下边缘重合


# -- a report issued with a 印发通知 ----------------------------------------------------------------
def test_notice_fills_page_one(plan_pdf: Path) -> None:
    lines = read_pages(plan_pdf)[0].between(TOP, BOTTOM)
    texts = [line.text.replace(" ", "") for line in lines]
    assert texts[:6] == [
        "天津市东丽区教育局文件",
        "东教发〔2022〕5号",
        "天津市东丽区教育局关于印发",
        "《天津市东丽区2022年教育工作要点》",
        "的通知",
        "各中小学、幼儿园、职业教育中心学校、各科室及其他事业单位：",
    ]
    assert "".join(texts[6:-2]) == "现将《天津市东丽区2022年教育工作要点》印发给你们，请认真抓好贯彻落实。"
    assert texts[-2:] == ["天津市东丽区教育局", "2022年3月1日"]
    assert_closing_placed(lines[-3], lines[-2], lines[-1])
    recipient = lines[5]
    assert recipient.left == pytest.approx(LEFT * PT_PER_MM, abs=1.5)  # 居左顶格 (7.3.2)


def test_report_title_is_the_first_line_of_page_two(plan_pdf: Path) -> None:
    page = read_pages(plan_pdf)[1]
    title, first_body = page.lines[0], page.lines[1]
    assert title.text.replace(" ", "") == "天津市东丽区2022年教育工作要点"
    assert title.top < (TOP + 12) * PT_PER_MM
    assert (title.left + title.right) / 2 == pytest.approx((LEFT + RIGHT) / 2 * PT_PER_MM, abs=3)  # 居中
    assert first_body.text.replace(" ", "").startswith("2022年全区教育工作的总体要求是")


def test_red_head_only_on_page_one(plan_pdf: Path, tmp_path: Path) -> None:
    pages = read_pages(plan_pdf)
    red = [render(plan_pdf, page.number, 60, tmp_path).has(is_red) for page in pages]
    assert red == [True] + [False] * (len(pages) - 1)


def test_plan_colophon_ends_the_last_page_without_a_second_signature(plan_pdf: Path) -> None:
    pages = read_pages(plan_pdf)
    lines = pages[-1].between(TOP, BOTTOM)
    texts = [line.text.replace(" ", "") for line in lines]
    assert texts[-2:] == ["抄送：区政府办公室。", "天津市东丽区教育局办公室2022年3月1日印发"]
    assert lines[-1].bottom == pytest.approx(BOTTOM * PT_PER_MM - 6, abs=6)
    assert texts[-3].endswith("足额发放。")  # the plan's last sentence, with no closing under it
    signatures = [t for page in pages for t in (line.text.replace(" ", "") for line in page.lines)]
    assert signatures.count("天津市东丽区教育局") == 1 and signatures.count("2022年3月1日") == 1

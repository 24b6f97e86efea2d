"""The layout of a report read back: what comes before the title, the title, the 主送机关, the
body's headings and paragraphs with their numbering and depth, the 署名 and the date; and for a
report issued with a 印发通知, the notice's own lines.

Headings are recognised by their numbering as written (一、 （一） 1. 1、 （1）), on a line of their
own or run in at the start of a paragraph (``1.政治统领持续加强。把……``). Depth follows the order
in which the numberings appear, as a reader follows it: a new numbering goes one level deeper,
unless it is a more major one (一、 after 1、), which goes back up to where it belongs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.importer.reading import Line

_CN = "一二三四五六七八九十"
#: Numberings by how major they are, each with the pattern that finds it at a line's start.
NUMBERINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("一、", re.compile(rf"^([{_CN}]{{1,3}})\s*[、．.]\s*")),
    ("（一）", re.compile(rf"^[（(]\s*([{_CN}]{{1,3}})\s*[）)]\s*")),
    ("1.", re.compile(r"^(\d{1,2})\s*[.．](?!\d)\s*")),
    ("1、", re.compile(r"^(\d{1,2})\s*、\s*")),
    ("（1）", re.compile(r"^[（(]\s*(\d{1,2})\s*[）)]\s*")),
)
#: How major each numbering is: 1. and 1、 are the same rank (a report uses one or the other).
_RANK = {"一、": 0, "（一）": 1, "1.": 2, "1、": 2, "（1）": 3}
#: The longest run-in heading; longer first sentences are text.
MAX_LEAD = 40
#: The longest heading on a line of its own.
MAX_HEADING = 60
_SENTENCE_END = "。！？"

#: What a report title names: its kind of document.
_TITLE_WORDS = re.compile(r"(总结|要点|自评报告|工作思路|工作计划|工作打算|工作报告|自查报告)")
_NOTICE_TITLE = re.compile(r"关于印发|的通知$")
_DATE = re.compile(r"^(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?$")
_CN_DATE = re.compile(rf"^[二〇零{_CN}]{{4}}年[{_CN}]{{1,3}}月[{_CN}]{{1,3}}日$")
_SQUASHED_DATE = re.compile(r"^(\d{4})(\d{3,4})$")
_ORGAN_END = re.compile(r"(局|政府|委员会|委|办公室|厅|中心)$")
#: A web page's lines about the page: source, time published, views.
_WEB_META = re.compile(r"(来源|发布时间|更新时间|浏览次数|发布日期|【字体|打印本页)[:：]?")
_NUMBER = re.compile(r"^[^\s〔]{1,12}〔\d{4}〕\d+号$")


@dataclass
class Paragraph:
    """A paragraph of the body, or a heading on its own line (``standalone``)."""

    index: int
    text: str
    heading: str = ""
    number: str = ""
    numbering: str = ""
    level: int = 0
    standalone: bool = False

    @property
    def full_text(self) -> str:
        return f"{self.heading}。{self.text}" if self.heading and self.text else self.heading or self.text


@dataclass
class NoticeLines:
    title: str
    recipients: str
    request: str = ""


@dataclass
class Layout:
    header: list[str] = field(default_factory=list)
    title: str = ""
    title_before: str = ""
    recipient: str = ""
    paragraphs: list[Paragraph] = field(default_factory=list)
    signature: str = ""
    date: str = ""
    number: str = ""
    mark: str = ""
    notice: NoticeLines | None = None
    #: Lines after the body that are neither 署名 nor date (a web page's footer).
    trailer: list[str] = field(default_factory=list)
    #: 版记: 抄送机关, 印发机关 and 印发日期.
    copy_to: list[str] = field(default_factory=list)
    printer: str = ""
    print_date: str = ""


def lay_out(lines: list[Line]) -> Layout:
    """The layout of the report in ``lines``."""
    layout = Layout()
    rest = _front(lines, layout)
    body = _closing(rest, layout)
    layout.paragraphs = _paragraphs(body)
    return layout


# -- before the body ---------------------------------------------------------------------------
def _front(lines: list[Line], layout: Layout) -> list[Line]:
    """Take the 版头, notice, title and 主送机关 off the start; return the body and closing."""
    start = _title_index(lines)
    if start is None:
        layout.header = []
        return lines
    for line in lines[:start]:
        if line.style == "mark":
            layout.mark = line.text
        elif line.style == "number" or _NUMBER.match(line.text):
            layout.number = line.text
        else:
            layout.header.append(line.text)
    index = start
    if _NOTICE_TITLE.search(lines[index].text) or _is_notice_start(lines, index):
        index = _notice(lines, index, layout)
    title = lines[index]
    layout.title = title.text
    before = layout.header[-1] if layout.header else ""
    if before and _ORGAN_END.search(before) and len(before) <= 30 and not _has_place(title.text):
        layout.title_before = before
        layout.header.pop()
    index += 1
    while index < len(lines) and (lines[index].text in layout.title or _WEB_META.search(lines[index].text)):
        layout.header.append(lines[index].text)
        index += 1
    if index < len(lines) and _is_recipient(lines[index]):
        layout.recipient = lines[index].text.rstrip("：:")
        index += 1
    return lines[index:]


def _title_index(lines: list[Line]) -> int | None:
    for index, line in enumerate(lines[:40]):
        if line.style == "title":
            return index
    for index, line in enumerate(lines[:40]):
        text = line.text
        if len(text) <= MAX_HEADING and (_TITLE_WORDS.search(text) or _NOTICE_TITLE.search(text)) and re.search(r"\d{4}年", text + _next(lines, index)):
            if not text.endswith(("。", "：", ":")) and "：" not in text[:-1] and "|" not in text:
                return index
    return None


def _next(lines: list[Line], index: int) -> str:
    return lines[index + 1].text if index + 1 < len(lines) else ""


def _has_place(text: str) -> bool:
    return bool(re.search(r"[省市区县旗]", text.split("20")[0]))


def _is_notice_start(lines: list[Line], index: int) -> bool:
    return lines[index].text.endswith("关于印发")


def _notice(lines: list[Line], index: int, layout: Layout) -> int:
    """The notice's title (over one or more lines), its 主送机关 and its sentence; return the
    index of the report's own title."""
    title = lines[index].text
    while not title.endswith("的通知") and index + 1 < len(lines) and len(title) < 120:
        index += 1
        title += lines[index].text
    index += 1
    recipients = ""
    if index < len(lines) and _is_recipient(lines[index]):
        recipients = lines[index].text.rstrip("：:")
        index += 1
    request = ""
    if index < len(lines) and lines[index].text.startswith("现将"):
        match = re.search(r"印发给你们[，,](.+?)[。.]?$", lines[index].text)
        request = match[1] if match else ""
        index += 1
    while index < len(lines) and (_is_signature(lines[index].text) or _date_text(lines[index].text)):
        if _date_text(lines[index].text):
            layout.date = lines[index].text
        else:
            layout.signature = lines[index].text
        index += 1
    layout.notice = NoticeLines(title, recipients, request)
    return min(index, len(lines) - 1)


def _is_recipient(line: Line) -> bool:
    text = line.text
    return line.style == "recipient" or (
        text.endswith(("：", ":")) and len(text) <= 80 and not re.search(r"\d", text) and "。" not in text
    )


# -- after the body ----------------------------------------------------------------------------
_COPY_TO = re.compile(r"^抄送[：:](.+?)。?$")
_PRINTED = re.compile(r"^(.+?)\s*(\d{4}年\d{1,2}月\d{1,2}日)印发$")


def _colophon(lines: list[Line], layout: Layout) -> list[Line]:
    """Take the 版记 (抄送……。 and ……印发) off the end."""
    while lines:
        text = lines[-1].text.strip()
        copy_to, printed = _COPY_TO.match(text), _PRINTED.match(text)
        if copy_to:
            layout.copy_to = [name.strip() for name in re.split("[，,、]", copy_to[1]) if name.strip()]
        elif printed:
            layout.printer, layout.print_date = printed[1].strip(), printed[2]
        else:
            return lines
        lines = lines[:-1]
    return lines


def _closing(lines: list[Line], layout: Layout) -> list[Line]:
    """Take the 版记, the 署名 and date (and any footer after them) off the end; return the body."""
    lines = _colophon(lines, layout)
    end = len(lines)
    for index in range(len(lines) - 1, max(-1, len(lines) - 12), -1):
        text = lines[index].text
        if lines[index].style == "date" or _date_text(text):
            if layout.notice and layout.date:
                break  # the notice's closing is the document's; the report after it has none
            layout.date = text
            end = index
            if index > 0 and (lines[index - 1].style == "signature" or _is_signature(lines[index - 1].text)):
                layout.signature = lines[index - 1].text
                end = index - 1
            layout.trailer = [line.text for line in lines[index + 1 :]]
            return lines[:end]
    while end > 0 and _is_footer(lines[end - 1].text):
        layout.trailer.insert(0, lines[end - 1].text)
        end -= 1
    if end > 0 and _is_signature(lines[end - 1].text):
        layout.signature = lines[end - 1].text
        end -= 1
    return lines[:end]


def _is_signature(text: str) -> bool:
    return len(text) <= 40 and bool(_ORGAN_END.search(text)) and not re.search(r"[，。；：,;:]", text)


def _is_footer(text: str) -> bool:
    """A web page's footer: bars and bracketed links, no sentence."""
    return not re.search(r"[\u4e00-\u9fff]{6,}[，。]", text) and (text.strip("| ") == "" or text.count("【") >= 1 or text.count("|") >= 2)


def _date_text(text: str) -> bool:
    text = text.strip()
    return bool(_DATE.match(text) or _CN_DATE.match(text) or _SQUASHED_DATE.match(text))


# -- the body ----------------------------------------------------------------------------------
def _paragraphs(lines: list[Line]) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    stack: list[str] = []
    for line in lines:
        paragraph = _paragraph(line, len(paragraphs))
        if paragraph.numbering:
            paragraph.level = _depth(stack, paragraph.numbering)
        elif paragraph.standalone:
            paragraph.level = _styled_level(line) or 1
        paragraphs.append(paragraph)
    return paragraphs


def _styled_level(line: Line) -> int:
    return int(line.style[-1]) if line.style.startswith("heading") else 0


def _depth(stack: list[str], numbering: str) -> int:
    """The level of a heading numbered ``numbering``, keeping ``stack`` (the numberings of the
    open levels, outermost first) as a reader does."""
    if numbering in stack:
        del stack[stack.index(numbering) + 1 :]
        return len(stack)
    while stack and _RANK[stack[-1]] > _RANK[numbering]:
        stack.pop()
    stack.append(numbering)
    return len(stack)


def _paragraph(line: Line, index: int) -> Paragraph:
    text = line.text.strip()
    numbering, number, rest = split_number(text)
    if line.lead:
        lead_numbering, lead_number, lead = split_number(line.lead.strip())
        body = text[len(line.lead) :].lstrip("。．.：: ")
        return Paragraph(index, body, _heading_text(lead), lead_number, lead_numbering, standalone=False)
    if line.style.startswith("heading") or _is_heading_line(rest, numbering):
        return Paragraph(index, "", _heading_text(rest), number, numbering, standalone=True)
    if numbering:
        lead, body = run_in(rest)
        if lead:
            return Paragraph(index, body, lead, number, numbering)
        return Paragraph(index, rest, "", number, numbering)
    return Paragraph(index, text)


def split_number(text: str) -> tuple[str, str, str]:
    """``1.政治统领`` → (``1.``, ``1.``, ``政治统领``): the numbering's kind, the number as
    written, the rest; ``("", "", text)`` when the text is not numbered."""
    for name, pattern in NUMBERINGS:
        match = pattern.match(text)
        if match and len(text) > match.end():
            return name, match.group(0).strip(), text[match.end() :]
    return "", "", text


def _is_heading_line(rest: str, numbering: str) -> bool:
    if not rest or len(rest) > MAX_HEADING:
        return False
    inner = rest.rstrip("。．.")
    return bool(numbering) and not any(mark in inner for mark in _SENTENCE_END + "；;")


def run_in(text: str) -> tuple[str, str]:
    """``政治统领持续加强。把……`` → (``政治统领持续加强``, ``把……``); ("", text) when the first
    sentence is too long to be a heading."""
    match = re.match(rf"^([^{_SENTENCE_END}]{{2,{MAX_LEAD}}}?)[{_SENTENCE_END}]", text)
    if not match or "；" in match[1]:
        return "", text
    return _heading_text(match[1]), text[match.end() :].strip()


def _heading_text(text: str) -> str:
    return text.strip().rstrip("。．.：:；; ")


def date_of(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a date line: ``2024年12月31日``, ``2024-12-31``, a date whose 年月日
    were lost (``2024829`` when only one reading is a date)."""
    text = text.strip()
    match = _DATE.match(text)
    if match:
        return int(match[1]), int(match[2]), int(match[3])
    squashed = _SQUASHED_DATE.match(text)
    if squashed:
        readings = {(int(squashed[1]), int(rest[:cut]), int(rest[cut:])) for rest in [squashed[2]] for cut in (1, 2)}
        valid = [(y, m, d) for y, m, d in readings if 1 <= m <= 12 and 1 <= d <= 31 and not str(d).startswith("0")]
        valid = [r for r in valid if len(f"{r[1]}{r[2]}") == len(squashed[2])]
        return valid[0] if len(valid) == 1 else None
    if _CN_DATE.match(text):
        from drafter.model.chinese_numerals import chinese_value

        digits = {"〇": "0", "零": "0", **{c: str(i) for i, c in enumerate("一二三四五六七八九", 1)}}
        year_text, rest = text.split("年")
        month_text, rest = rest.split("月")
        year = int("".join(digits.get(c, "") for c in year_text) or 0)
        return year, int(chinese_value(month_text)), int(chinese_value(rest.rstrip("日")))
    return None

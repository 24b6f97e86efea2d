"""Read a report file — a Word document (.docx), plain text (.txt) or a Markdown preview (.md) —
into its lines, each with what the file says about it (a title, a heading of some level, a
run-in heading), refusing what is not one with a Chinese message naming the file.

What cannot be read is said plainly before anything is parsed: an old Word file (.doc, .wps), a
PDF or a picture (no text to read without recognising characters), a file far bigger than any
report, a .docx whose parts unpack to more than a report can hold (a zip bomb), text that is not
text. Nothing here knows the model.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.errors import DrafterError
from drafter.inputs.clean import drop_invisible
from drafter.inputs.files import read_input

if TYPE_CHECKING:  # python-docx is loaded only to read a Word document
    from docx.document import Document as DocxDocument
    from docx.text.paragraph import Paragraph as DocxParagraph

#: A report with photographs pasted in stays well below this; the text of one is a few hundred KB.
MAX_DOCX_MB = 50
#: What a .docx's parts may unpack to, and of those the XML parsed (the text with its markup).
MAX_UNPACKED_MB = 100
MAX_XML_MB = 20
#: Plain text of a report is tens of KB; a few MB is already a book.
MAX_TEXT_MB = 5

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
SUFFIXES = (".docx", *TEXT_SUFFIXES)
_HOW = "请在 Word/WPS 里打开原文，“另存为”Word 文档（*.docx）再导入；也可以全选复制正文，粘贴到记事本，存成 .txt 文件再导入"


@dataclass(frozen=True)
class Line:
    """One paragraph of the file. ``style`` is what the file marks it as: ``title``,
    ``heading1``…``heading4``, ``recipient``, ``signature``, ``date``, ``number`` (发文字号),
    ``mark`` (发文机关标志), or ``""``; ``lead`` is a run-in heading the file marks as one."""

    text: str
    style: str = ""
    lead: str = ""


def read_report(path: Path) -> list[Line]:
    """The lines of the report in ``path``; :class:`DrafterError` (Chinese) when it cannot be read."""
    suffix = path.suffix.lower()
    _refuse_by_name(path, suffix)
    limit = MAX_DOCX_MB if suffix == ".docx" else MAX_TEXT_MB
    _refuse_too_big(path, limit)
    raw = read_input(path, limit * 1024 * 1024)
    _refuse_by_content(path, raw, suffix)
    lines = _docx_lines(path, raw) if suffix == ".docx" else _text_lines(path, raw, suffix)
    lines = [Line(_clean(line.text), line.style, _clean(line.lead)) for line in lines]
    lines = [line for line in lines if line.text]
    if not lines:
        raise DrafterError.single("文件里没有文字", path.name, "请确认选的是报告原文；扫描件、图片需要先转成文字")
    return lines


#: Marks a conversion to text leaves of Word's bookmarks: ``[bookmark: _GoBack]``.
_BOOKMARK = re.compile(r"\[bookmark: [^\]]*\]")


def _clean(text: str) -> str:
    text = drop_invisible(text.replace("\u3000", " ").replace("\xa0", " "))
    return re.sub(r"[ \t]+", " ", _BOOKMARK.sub("", text)).strip()


# -- refusals ----------------------------------------------------------------------------------
def _refuse_by_name(path: Path, suffix: str) -> None:
    if suffix in SUFFIXES:
        return
    if suffix in (".doc", ".wps", ".dot", ".rtf", ".odt", ".wpt"):
        raise DrafterError.single(f"不能直接导入 {suffix} 文件", path.name, _HOW)
    if suffix == ".pdf":
        raise DrafterError.single("不能导入 PDF 文件", path.name, _HOW)
    if suffix == ".json":
        raise DrafterError.single(
            "这是数据文件，不用导入", path.name, f"直接用 drafter build {path.name} 生成报告，或用 drafter sheet --data {path.name} 生成填报表"
        )
    raise DrafterError.single(
        f"不认识这种文件（{suffix or '没有扩展名'}）", path.name, f"可以导入 Word 文档（.docx）、纯文本（.txt）或 Markdown（.md）；{_HOW}"
    )


def _refuse_too_big(path: Path, limit_mb: int) -> None:
    try:
        size = path.stat().st_size
    except OSError:
        return  # read_input says what is wrong with the path
    if size > limit_mb * 1024 * 1024:
        raise DrafterError.single(
            f"文件太大（{size / 1024 / 1024:,.0f} MB），一份报告的{'Word 文档' if limit_mb == MAX_DOCX_MB else '文字'}不会超过 {limit_mb} MB",
            path.name,
            "请确认选的是报告原文；Word 文档里贴了很多图片时，删掉图片另存一份再导入",
        )


#: How files that are not what their name says begin.
_SIGNATURES = (
    (b"\xd0\xcf\x11\xe0", "是旧版 Word 文档（.doc）或 WPS 文档，不是 .docx", _HOW),
    (b"%PDF", "是 PDF 文件，不是 Word 文档或文字", _HOW),
    (b"\x89PNG", "是图片，里面没有可以读取的文字", "请找到报告的 Word 原文，或把文字复制到记事本存成 .txt 再导入"),
    (b"\xff\xd8\xff", "是图片，里面没有可以读取的文字", "请找到报告的 Word 原文，或把文字复制到记事本存成 .txt 再导入"),
    (b"GIF8", "是图片，里面没有可以读取的文字", "请找到报告的 Word 原文，或把文字复制到记事本存成 .txt 再导入"),
    (b"{\\rtf", "是 RTF 文档，不是 .docx", _HOW),
)


def _refuse_by_content(path: Path, raw: bytes, suffix: str) -> None:
    for start, what, hint in _SIGNATURES:
        if raw.startswith(start):
            raise DrafterError.single(f"这个文件{what}", path.name, hint)
    if suffix == ".docx" and not raw.startswith(b"PK"):
        raise DrafterError.single("不是能读取的 Word 文档（.docx），或者文件已经损坏", path.name, _HOW)


# -- Word documents ----------------------------------------------------------------------------
def _docx_lines(path: Path, raw: bytes) -> list[Line]:
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            _check_unpacked(path, archive)
        import docx

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            document = docx.Document(io.BytesIO(raw))
            return list(_body_lines(document))
    except DrafterError:
        raise
    except Exception:  # noqa: BLE001 - python-docx and the XML parser raise many kinds of errors for a broken file
        raise DrafterError.single("不是能读取的 Word 文档（.docx），或者文件已经损坏", path.name, _HOW) from None


def _check_unpacked(path: Path, archive: zipfile.ZipFile) -> None:
    """Refuse, before parsing, parts that unpack to far more than a report holds (the sizes a zip
    declares are the most Python's zipfile unpacks)."""
    parts = archive.infolist()
    if "word/document.xml" not in {info.filename for info in parts}:
        raise DrafterError.single("不是 Word 文档（.docx）：里面没有正文", path.name, _HOW)
    unpacked = sum(info.file_size for info in parts)
    xml = sum(info.file_size for info in parts if info.filename.endswith((".xml", ".rels")))
    for size, most in ((unpacked, MAX_UNPACKED_MB), (xml, MAX_XML_MB)):
        if size > most * 1024 * 1024:
            raise DrafterError.single(
                f"文件解压后有 {size / 1024 / 1024:,.0f} MB，一份报告不会超过 {most} MB，不像是正常的 Word 文档",
                path.name,
                "请确认选的是报告原文；如果文档里贴了很多图片，删掉图片另存一份再导入",
            )


_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.IGNORECASE)
_NAMED_STYLES = {
    "title": "title", "标题": "title", "主送机关": "recipient", "署名": "signature", "成文日期": "date",
    "发文字号": "number", "发文机关标志": "mark",
}  # fmt: skip
_RUN_IN_STYLES = ("段首标题", "run-in heading", "runinheading")


def _body_lines(document: DocxDocument) -> list[Line]:
    """Paragraphs in order, table cells included (a report may put a few figures in a table)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[Line] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.extend(_paragraph_lines(block))
        elif isinstance(block, Table):
            for row in block.rows:
                cells = [cell.text.strip() for cell in row.cells]
                unique = list(dict.fromkeys(c for c in cells if c))
                if unique:
                    lines.append(Line("　".join(unique).replace("　", " ")))
    return lines


def _paragraph_lines(paragraph: DocxParagraph) -> list[Line]:
    style_name = (getattr(paragraph.style, "name", "") or "").strip()
    text = paragraph.text
    heading = _HEADING_STYLE.match(style_name)
    style = f"heading{heading[1]}" if heading else _NAMED_STYLES.get(style_name.lower(), "")
    lead = _run_in_lead(paragraph)
    if style == "title":  # a title broken over lines is one title
        return [Line(text.replace("\n", ""), style)]
    parts = [part for part in text.split("\n") if part.strip()]
    if len(parts) > 1 and not style:
        return [Line(part) for part in parts]
    return [Line(text.replace("\n", ""), style, lead)]


def _run_in_lead(paragraph: DocxParagraph) -> str:
    """The text of the leading runs in a run-in heading style (段首标题)."""
    lead = []
    for run in paragraph.runs:
        name = (getattr(run.style, "name", "") or "").strip().lower() if run.style is not None else ""
        if name in _RUN_IN_STYLES:
            lead.append(run.text)
        else:
            break
    return "".join(lead)


# -- text --------------------------------------------------------------------------------------
def _text_lines(path: Path, raw: bytes, suffix: str) -> list[Line]:
    text = _decoded(path, raw)
    if suffix in (".md", ".markdown"):
        return _markdown_lines(text)
    return [Line(line) for line in text.splitlines()]


def _decoded(path: Path, raw: bytes) -> str:
    if b"\x00" in raw[:4096]:
        raise DrafterError.single("这不是文字文件（里面有二进制内容）", path.name, _HOW)
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DrafterError.single("读不出文件里的文字（编码既不是 UTF-8 也不是 GBK）", path.name, "请用记事本打开它，“另存为”时编码选 UTF-8，再导入")


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_MD_LEAD = re.compile(r"^\*\*(.+?)\*\*(.*)$")
_MD_TAGS = re.compile(r"<[^>]+>")
_MD_ESCAPE = re.compile(r"\\([\\`*_\[\]<>~#+\-.!|()])")


def _markdown_lines(text: str) -> list[Line]:
    """A Markdown preview (``drafter build --format md``) or any Markdown: headings by their
    ``#``, a bold start as a run-in heading, HTML tags and rules dropped."""
    lines: list[Line] = []
    titled = False
    for raw_line in text.splitlines():
        line = raw_line.strip()
        if not line or line in ("---", "***", "___"):
            continue
        if "<br>" in line:
            lines.extend(Line(_plain(part)) for part in line.split("<br>"))
            continue
        heading = _MD_HEADING.match(line)
        if heading:
            level = len(heading[1])
            style = "title" if level == 1 and not titled else f"heading{min(level - 1, 4) or 1}"
            titled = titled or style == "title"
            lines.append(Line(_plain(heading[2]), style))
            continue
        lead = _MD_LEAD.match(line)
        if lead:
            head, rest = _plain(lead[1]), _plain(lead[2])
            if rest.startswith(("。", "．", ".")):
                head, rest = head + rest[0], rest[1:]
            lines.append(Line(head + rest, "", head if rest else ""))
            continue
        lines.append(Line(_plain(line)))
    return lines


def _plain(text: str) -> str:
    return _MD_ESCAPE.sub(r"\1", _MD_TAGS.sub("", text)).replace("**", "")

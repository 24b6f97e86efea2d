"""The .docx as a file: true properties, no leftovers of python-docx's template, small, whole."""

from __future__ import annotations

import datetime as dt
import posixpath
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import docx
import pytest

from drafter import __version__
from drafter.writers.word.package import app_version
from tests.conftest import EXAMPLES

RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
APP = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@pytest.fixture(autouse=True)
def _no_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


@pytest.fixture
def built(run_cli, tmp_path: Path) -> Path:
    code, _, err = run_cli("build", str(EXAMPLES / "dongli-2024.json"), "-o", "out.docx")
    assert code == 0, err
    return tmp_path / "out.docx"


def test_properties_name_drafter_the_organ_and_the_title(built: Path) -> None:
    props = docx.Document(str(built)).core_properties
    assert props.title == "天津市东丽区2024年教育工作总结"
    assert props.author == props.last_modified_by == "天津市东丽区教育局"
    assert props.subject == "年度教育工作总结"
    assert props.created == props.modified == dt.datetime(2024, 12, 31, tzinfo=dt.timezone.utc)  # 成文日期
    app = ET.fromstring(zipfile.ZipFile(built).read("docProps/app.xml"))
    assert app.findtext(f"{APP}Application") == "drafter"
    assert app.findtext(f"{APP}AppVersion") == app_version(__version__)
    # counts that would be false (Pages 1, Words 0) are not written at all
    assert [child.tag.removeprefix(APP) for child in app] == ["Application", "AppVersion"]


def test_app_version_has_the_form_word_requires() -> None:
    assert app_version("0.1.0") == "00.0100"
    assert app_version("1.12.3") == "01.1203"
    assert app_version("2.0") == "02.0000"
    assert re.fullmatch(r"\d\d\.\d{4}", app_version())


def test_no_leftovers_of_the_default_template(built: Path) -> None:
    package = zipfile.ZipFile(built)
    names = set(package.namelist())
    assert not {n for n in names if "thumbnail" in n or "stylesWithEffects" in n or n.startswith("customXml/")}
    settings = package.read("word/settings.xml").decode("utf-8")
    assert "savePreviewPicture" not in settings and "w:rsids" not in settings and "proofState" not in settings
    styles = ET.fromstring(package.read("word/styles.xml"))
    table_styles = [s for s in styles if s.get(f"{{{W}}}type") == "table"]
    assert [s.get(f"{{{W}}}styleId") for s in table_styles] == ["TableNormal"]  # the default only


def test_every_part_is_related_and_every_relation_has_its_part(built: Path) -> None:
    package = zipfile.ZipFile(built)
    names = set(package.namelist())
    targets = set()
    for rels in (n for n in names if n.endswith(".rels")):
        source_dir = posixpath.dirname(posixpath.dirname(rels))  # word/_rels/x.rels → word
        for rel in ET.fromstring(package.read(rels)).iter(RELS):
            if rel.get("TargetMode") == "External":
                continue
            target = posixpath.normpath(posixpath.join(source_dir, rel.get("Target"))).lstrip("/")
            assert target in names, f"{rels} points to missing {target}"
            targets.add(target)
    parts = {n for n in names if not n.endswith(".rels") and n != "[Content_Types].xml"}
    assert parts == targets


def test_the_file_is_small_and_keeps_its_styles(built: Path) -> None:
    assert built.stat().st_size < 25_000  # was 43 KB with the template's leftovers
    document = docx.Document(str(built))
    names = {style.name for style in document.styles}
    assert {"Normal", "Title", "Heading 1", "Heading 2", "Heading 3", "段首标题", "署名", "成文日期", "页码"} <= names
    assert {p.style.name for p in document.paragraphs} <= names


# -- the same bytes for the same data --------------------------------------------------------
@pytest.mark.parametrize("example", ["dongli-2024.json", "dongli-2022-plan.json"])
def test_two_builds_of_the_same_data_are_the_same_bytes(run_cli, tmp_path: Path, example: str) -> None:
    """A bureau compares two drafts by their files: building again changes nothing, whatever the
    time (the zip's entries and core.xml carry the 成文日期)."""
    code, _, err = run_cli("build", str(EXAMPLES / example), "-o", "first.docx")
    assert code == 0, err
    first = (tmp_path / "first.docx").read_bytes()
    code, _, err = run_cli("build", str(EXAMPLES / example), "-o", "second.docx")
    assert code == 0, err
    assert (tmp_path / "second.docx").read_bytes() == first
    package = zipfile.ZipFile(tmp_path / "first.docx")
    date = (2024, 12, 31) if "2024" in example else tuple(docx.Document(str(tmp_path / "first.docx")).core_properties.created.timetuple()[:3])
    assert {info.date_time for info in package.infolist()} == {(*date, 0, 0, 0)}


def test_source_date_epoch_dates_the_document(run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01 00:00:00 UTC
    code, _, err = run_cli("build", str(EXAMPLES / "dongli-2024.json"), "-o", "out.docx")
    assert code == 0, err
    props = docx.Document(str(tmp_path / "out.docx")).core_properties
    assert props.created == props.modified == dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    assert {info.date_time for info in zipfile.ZipFile(tmp_path / "out.docx").infolist()} == {(2026, 1, 1, 0, 0, 0)}


@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.glob("*.json")))
def test_only_the_styles_drafter_defines_or_the_document_uses_are_kept(run_cli, tmp_path: Path, example: str) -> None:
    code, _, err = run_cli("build", str(EXAMPLES / example), "-o", "out.docx")  # dongli-2022-plan is formal
    assert code == 0, err
    package = zipfile.ZipFile(tmp_path / "out.docx")
    styles = ET.fromstring(package.read("word/styles.xml"))
    names = [style.find(f"{{{W}}}name").get(f"{{{W}}}val") for style in styles.iter(f"{{{W}}}style")]
    drafters = {"Normal", "Title", "heading 1", "heading 2", "heading 3", "heading 4", "段首标题", "主送机关", "署名", "成文日期", "页码"}
    defaults = {"Default Paragraph Font", "Normal Table", "No List"}
    formal = {"发文机关标志", "发文字号", "抄送", "印发"}
    assert drafters | defaults <= set(names) <= drafters | defaults | formal
    assert len(names) == len(set(names))
    assert "word/numbering.xml" not in package.namelist()  # only the dropped list styles used it
    text = "".join(package.read(name).decode() for name in package.namelist() if name.endswith(".xml"))
    ids = {style.get(f"{{{W}}}styleId") for style in styles.iter(f"{{{W}}}style")}
    named = set(re.findall(r'w:(?:pStyle|rStyle|basedOn|next) w:val="([^"]+)"', text))
    assert named <= ids  # every style a part or a style names is there
    document = docx.Document(str(tmp_path / "out.docx"))
    assert {p.style.name for p in document.paragraphs} <= {s.name for s in document.styles}

"""Any path as input or output: a FIFO, a folder, a device, a huge file, the input itself, a title
no file system takes. A message naming the file, exit 1, nothing written, nothing overwritten."""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from pathlib import Path

import docx
import pytest

from drafter.atomic import write_text_atomic
from drafter.cli import safe_filename
from drafter.inputs.files import MAX_BYTES
from tests.conftest import EXAMPLES, example

DATA = EXAMPLES / "dongli-2024.json"
PLAN = EXAMPLES / "dongli-2022-plan.json"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev exist on POSIX only")


def copy_example(folder: Path, name: str = "in.json", source: Path = DATA) -> Path:
    target = folder / name
    shutil.copy(source, target)
    return target


@posix_only
@pytest.mark.parametrize("kind", ["fifo", "folder", "/dev/zero", "/dev/null", "huge"])
@pytest.mark.parametrize("option", ["data", "--plan"])
def test_a_data_file_that_is_no_regular_file_gets_a_message(tmp_path: Path, run_cli, kind: str, option: str) -> None:
    if kind == "fifo":
        path = tmp_path / "pipe.json"
        os.mkfifo(path)
    elif kind == "folder":
        path = tmp_path / "folder.json"
        path.mkdir()
    elif kind == "huge":
        path = tmp_path / "huge.json"
        with path.open("wb") as file:
            file.truncate(MAX_BYTES + 1)
    else:
        path = Path(kind)
    args = ["build", str(path)] if option == "data" else ["build", str(copy_example(tmp_path)), "--plan", str(path)]
    code, _, err = run_cli(*args, "-o", "out.docx")  # a FIFO would block here forever
    expected = {"folder": "这是一个文件夹", "huge": "文件太大"}.get(kind, "这不是普通文件")
    assert code == 1 and err.startswith(f"错误：{path}：{expected}")
    assert not (tmp_path / "out.docx").exists()


@posix_only
@pytest.mark.parametrize("target", ["fifo", "/dev/null"])
def test_force_never_replaces_a_device_or_fifo(tmp_path: Path, run_cli, target: str) -> None:
    path = Path(target)
    if target == "fifo":
        path = tmp_path / "out.docx"
        os.mkfifo(path)
    code, _, err = run_cli("build", str(DATA), "-o", str(path), "--force")
    assert code == 1 and "这不是普通文件" in err and str(path) in err
    assert not path.is_file()


def same_file_spellings(folder: Path, data: Path) -> dict[str, Path]:
    (folder / "link.json").symlink_to(data.name)
    os.link(data, folder / "hard.json")
    return {"same": data, "dot": folder / "." / data.name, "symlink": folder / "link.json", "hardlink": folder / "hard.json"}


@pytest.mark.parametrize("spelling", ["same", "dot", "symlink", "hardlink"])
def test_the_data_file_is_never_overwritten(tmp_path: Path, run_cli, spelling: str) -> None:
    data = copy_example(tmp_path)
    before = data.read_bytes()
    output = same_file_spellings(tmp_path, data)[spelling]
    code, _, err = run_cli("build", str(data), "-o", str(output), "--force")
    assert code == 1 and "输出文件就是读入的文件" in err and str(output) in err and str(data) in err
    assert data.read_bytes() == before


@pytest.mark.parametrize("fmt", ["docx", "md"])
def test_the_plan_is_never_overwritten(tmp_path: Path, run_cli, fmt: str) -> None:
    data = tmp_path / "in.json"
    summary = example("dongli-2024.json")
    summary["meta"].update(year=2022, date="2022-12-30")
    data.write_text(json.dumps(summary, ensure_ascii=False), encoding="utf-8")
    plan = copy_example(tmp_path, "plan.json", PLAN)
    before = plan.read_bytes()
    code, _, err = run_cli("build", str(data), "--plan", str(plan), "-o", str(plan), "--force", "--format", fmt)
    assert code == 1 and "输出文件就是读入的文件" in err
    assert plan.read_bytes() == before


def test_a_template_file_is_never_overwritten(tmp_path: Path, run_cli) -> None:
    assert run_cli("templates", "export", "summary", "mine")[0] == 0
    template = tmp_path / "mine" / "party.j2"
    before = template.read_bytes()
    code, _, err = run_cli("build", str(DATA), "--templates", "mine", "-o", str(template), "--force", "--format", "md")
    assert code == 1 and "输出文件就是读入的文件" in err
    assert template.read_bytes() == before


def test_the_pdf_next_to_the_document_never_overwrites_the_data_file(tmp_path: Path, run_cli, monkeypatch) -> None:
    data = copy_example(tmp_path, "report.pdf")
    before = data.read_bytes()
    monkeypatch.setenv("DRAFTER_SOFFICE", str(tmp_path / "nowhere"))  # refused before LibreOffice is needed
    code, _, err = run_cli("build", str(data), "-o", "report.docx", "--pdf", "--force")
    assert code == 1 and "输出文件就是读入的文件" in err and "report.pdf" in err
    assert data.read_bytes() == before and not (tmp_path / "report.docx").exists()


def test_a_document_named_pdf_with_pdf_is_refused(tmp_path: Path, run_cli) -> None:
    code, _, err = run_cli("build", str(DATA), "-o", "out.pdf", "--pdf")
    assert code == 1 and "输出文件名应以 .docx 结尾" in err and not (tmp_path / "out.pdf").exists()


@pytest.mark.parametrize(
    ("command", "name", "ending"),
    [
        (("build", str(DATA)), "报告.doc", ".docx"),
        (("build", str(DATA), "--format", "md"), "预览.docx", ".md"),
        (("schema",), "schema.txt", ".json"),
        (("merge", str(DATA)), "合并.xlsx", ".json"),
        (("sheet",), "填报表.json", ".xlsx"),
    ],
)
def test_an_output_named_for_another_kind_of_file_is_refused(
    tmp_path: Path, run_cli, command: tuple[str, ...], name: str, ending: str
) -> None:
    """Word, WPS and Excel open a file by its ending: a .docx named 报告.doc would not open."""
    target = ["-o", name] if command[0] != "sheet" else [name]
    code, _, err = run_cli(*command, *target)
    assert code == 1 and f"输出文件名应以 {ending}" in err, err
    assert not (tmp_path / name).exists()


def test_the_text_preview_is_chosen_by_an_output_ending_in_md(tmp_path: Path, run_cli) -> None:
    code, _, err = run_cli("build", str(DATA), "-o", "预览.md")
    assert code == 0, err
    assert (tmp_path / "预览.md").read_text(encoding="utf-8").startswith("# ")


def test_a_link_that_leads_nowhere_is_not_replaced_without_force(tmp_path: Path, run_cli) -> None:
    (tmp_path / "out.docx").symlink_to(tmp_path / "nowhere.docx")
    code, _, err = run_cli("build", str(DATA), "-o", "out.docx")
    assert code == 1 and "输出文件已存在" in err
    assert (tmp_path / "out.docx").is_symlink() and not (tmp_path / "nowhere.docx").exists()


@pytest.mark.parametrize(
    "title, expected",
    [
        ("CON", "CON_"),
        ("nul.报告", "nul_.报告"),
        ("Com1", "Com1_"),
        ("LPT9  . .", "LPT9_"),
        ("东丽区：2024/2025 “总结”?", "东丽区：2024_2025 “总结”_"),
        ("总结...", "总结"),
        ("\u202e\x01", "报告"),
        ("CONsole", "CONsole"),
    ],
)
def test_file_names_from_titles_are_valid_on_every_system(title: str, expected: str) -> None:
    assert safe_filename(title) == expected


def test_a_long_title_gives_a_shortened_file_name(tmp_path: Path, run_cli) -> None:
    data = example("dongli-2024.json")
    data["meta"]["title"] = "天津市东丽区教育局关于" + "进一步加强和改进" * 30 + "工作的报告"
    source = tmp_path / "in.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, out, err = run_cli("build", str(source))
    assert code == 0, err
    [made] = tmp_path.glob("*.docx")
    assert len(made.stem.encode("utf-8")) <= 120 and made.stem.startswith("天津市东丽区教育局关于进一步")
    assert docx.Document(str(made)).paragraphs


def test_an_explicit_output_name_too_long_gets_a_chinese_message(tmp_path: Path, run_cli) -> None:
    code, _, err = run_cli("build", str(DATA), "-o", "报" * 100 + ".docx")
    assert code == 1 and "文件名太长" in err and "内部出错" not in err


@posix_only
def test_leftovers_of_a_killed_write_are_removed_by_the_next_one(tmp_path: Path) -> None:
    target = tmp_path / "mine.json.progress"
    dead = tmp_path / ".mine.json.progress.999999999.abcd1234.tmp"  # no such process
    alive = tmp_path / f".mine.json.progress.{os.getppid()}.abcd1234.tmp"  # a running process
    old = tmp_path / ".mine.json.progress.abcd1234.tmp"  # an older version's, without a process id
    fresh = tmp_path / ".mine.json.progress.efgh5678.tmp"
    other = tmp_path / ".other.json.999999999.abcd1234.tmp"
    for path in (dead, alive, old, fresh, other):
        path.write_text("{}", encoding="utf-8")
    hours_ago = time.time() - 7200
    os.utime(old, (hours_ago, hours_ago))
    write_text_atomic(target, "{}")
    assert {p.name for p in tmp_path.iterdir()} == {target.name, alive.name, fresh.name, other.name}

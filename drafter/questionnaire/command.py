"""``drafter ask``: start or continue, ask, review, save the data file, offer to build the .docx."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from drafter.atomic import refuse_special, write_bytes_atomic, write_text_atomic
from drafter.errors import DrafterError
from drafter.inputs import read_json, validate_report
from drafter.model import Report
from drafter.questionnaire import prompts
from drafter.questionnaire.flow import Interview
from drafter.questionnaire.last_year import LastYear, read_last_year
from drafter.questionnaire.progress import Progress, progress_path
from drafter.questionnaire.prompts import say
from drafter.questionnaire.questions import SECTIONS, all_section_choices, plan, section_choices
from drafter.questionnaire.review import review


def run(args: argparse.Namespace) -> int:
    """Run ``drafter ask``; return the exit code (130 when the clerk stops, progress kept)."""
    if not interactive():
        raise DrafterError.single(
            "drafter ask 要在终端窗口里逐题回答，现在的输入不是终端",
            hint="已经有数据文件时，请用 drafter build 数据文件.json 生成 Word 文档",
        )
    output: Path = args.output
    _check_output(output)
    sections = resolve_sections(args.sections) if args.sections else None
    last_year = read_last_year(args.last_year) if args.last_year else None
    progress: Progress | None = None
    _welcome(output)
    try:
        progress = _open(output, args.resume)
        if progress is None:
            return 0
        _apply(progress, sections, last_year)
        interview = Interview(progress)
        interview.fill()
        review(interview)
    except (KeyboardInterrupt, EOFError):
        _stopped(output, progress)
        return 130
    _save(progress, output)
    try:
        _offer_build(output)
    except (KeyboardInterrupt, EOFError):
        say(f"\n没有生成 Word 文档。以后可以运行：drafter build {output}")
    return 0


def interactive() -> bool:
    return bool(sys.stdin and sys.stdin.isatty())


def resolve_sections(names: list[str]) -> list[str]:
    """``--sections`` names (keys or Chinese titles, also comma-separated) → keys in report order."""
    choices = all_section_choices()
    by_title = {title: name for name, title in choices.items()}
    wanted = [word for name in names for word in re.split(r"[,，、\s]+", name) if word]
    unknown = [word for word in wanted if word not in choices and word not in by_title]
    if unknown:
        listing = "、".join(f"{title}（{name}）" for name, title in choices.items())
        raise DrafterError.single(f"不认识的部分：{'、'.join(unknown)}", "--sections", f"可以选：{listing}")
    keys = {by_title.get(word, word) for word in wanted}
    return [name for name in choices if name in keys]


def _check_output(output: Path) -> None:
    if output.is_dir():
        raise DrafterError.single("这是一个文件夹，不能作为数据文件", str(output), "请用 -o 指定文件名，如 -o 我区2025.json")
    refuse_special(output)
    if output.suffix.lower() != ".json":
        raise DrafterError.single(
            "答案保存为 JSON 数据文件，文件名应以 .json 结尾", str(output), "请用 -o 写一个以 .json 结尾的文件名，如 -o 我区2025.json"
        )
    if not output.parent.is_dir():
        raise DrafterError.single("数据文件所在的文件夹不存在", str(output.parent))


def _open(output: Path, resume: bool) -> Progress | None:
    """The progress to continue, a fresh one, or ``None`` when the clerk leaves an existing file alone."""
    path = progress_path(output)
    if path.exists():
        earlier = Progress.load(path)
        if resume or prompts.confirm(
            f"{output} 上次还没有填完（{earlier.counted()}）。接着填吗？",
            "接着填（已回答的题不再问）",
            "从头重新填（上次的回答不要了）",
        ):
            return earlier
        earlier.remove()
        return Progress(path)
    if resume:
        say(f"没有找到 {output} 上次的进度，从头开始。", "hint")
    if not output.exists():
        return Progress(path)
    if not prompts.confirm(f"{output} 已经存在。要打开它修改吗？", "打开修改", "退出（不改动这个文件）"):
        say("已退出。要新建一个数据文件，请用 -o 换一个文件名。")
        return None
    return _editing(output, path)


def _apply(progress: Progress, sections: list[str] | None, last_year: LastYear | None) -> None:
    """Bring in ``--sections`` and ``--from`` (they also count when continuing)."""
    if last_year:
        progress.previous.update(last_year.previous)
        progress.suggested.update(last_year.suggested)
        progress.last_sections = last_year.sections
    if sections:
        progress.sections = sections
        progress.mark(SECTIONS)


def _editing(output: Path, path: Path) -> Progress:
    """Progress for an existing data file: every question answered, the parts it fills chosen."""
    data = read_json(output)
    validate_report(data, source=output.name)
    # Numbers with decimals are read as Decimal (exactly as typed); keep them as typed text.
    progress = Progress(path, data=json.loads(json.dumps(data, default=str)))
    progress.sections = [name for name in section_choices(progress.kind, progress.data) if name in progress.data]
    progress.answered = [question.key for question in plan(progress.kind, progress.sections, progress.data)]
    return progress


def _welcome(output: Path) -> None:
    say(f"drafter ask：逐题填写报告数据，保存到 {output}。", "group")
    for line in (
        "没有的数据直接回车跳过；输入 < 再回车，回到上一题。",
        "一个数有其中各部分时，写在数字后面的括号里，如 177（公办58、民办119）。",
        f"每答一题都立即保存（进度文件 {progress_path(output).name}）。按 Ctrl-C 可以随时退出，"
        "再次运行同一条命令就能接着填。",
        "全部答完后会列出核对清单，任何一项都可以选中修改。",
    ):
        say(f"  · {line}", "hint")


def _stopped(output: Path, progress: Progress | None) -> None:
    if not progress_path(output).exists():
        say("\n已退出，没有保存任何回答。")
        return
    count = f"（{progress.counted()}）" if progress else ""
    say(f"\n已退出，进度已保存{count}。再次运行 drafter ask -o {output} 就能接着填。")


def _save(progress: Progress, output: Path) -> None:
    """Write the data file (atomically), then remove the progress file."""
    offered = section_choices(progress.kind, progress.data, progress.sections or [])
    unticked = set(offered) - set(progress.sections or [])  # they leave the file
    order = [info.alias or name for name, info in Report.model_fields.items()]
    data = {key: progress.data[key] for key in order if key in progress.data and key not in unticked}
    validate_report(data, source=output.name)  # the whole file, as drafter build will read it
    write_text_atomic(output, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    progress.remove()
    say(f"\n已保存数据文件：{output}", "done")


def _offer_build(output: Path) -> None:
    from drafter.check.command import check_before_build
    from drafter.documents import word_document
    from drafter.inputs.sources import load_located

    target = output.with_suffix(".docx")
    if target == output:  # never write the document over the data file
        target = output.with_name(output.name + ".docx")
    replace = "（替换已有的同名文件）" if target.exists() else ""
    if not prompts.confirm("现在生成 Word 文档吗？", f"生成 {target}{replace}", "以后再说"):
        say(f"以后可以运行：drafter build {output}")
        return
    loaded = load_located([output])
    check_before_build(loaded)  # the checks build makes: notes told, an error stops before writing
    write_bytes_atomic(target, word_document(loaded.report).data)
    say(f"已生成：{target}", "done")

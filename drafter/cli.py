"""The ``drafter`` command: thin, Chinese, and never a traceback for the user.

Exit codes: 0 success, 1 a problem with the input (printed once, in Chinese), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, NoReturn, Sequence

from drafter import __version__, console
from drafter.errors import DrafterError, DrafterWarning
from drafter.samples import DEFAULT as DEFAULT_EXAMPLE

if TYPE_CHECKING:
    from drafter.model import Report
    from drafter.writers.word import Layout

_ARGPARSE_WORDS = {
    "usage: ": "用法：",
    "positional arguments": "参数",
    "options": "选项",
    "optional arguments": "选项",
    "show this help message and exit": "显示帮助并退出",
    "show program's version number and exit": "显示版本号并退出",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "unrecognized arguments: %s": "不认识的参数：%s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选项 %(value)r（可选：%(choices)s）",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "expected one argument": "需要一个值",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
}


def _translate(text: str) -> str:
    return _ARGPARSE_WORDS.get(text, text)


argparse._ = _translate  # type: ignore[attr-defined]  # argparse looks its words up at call time


class _Parser(argparse.ArgumentParser):
    """Usage errors in Chinese, under the usage of the command that was typed."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(formatter_class=console.HelpFormatter, **kwargs)
        self.set_defaults(usage_parser=self)  # the innermost command typed sets it last

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"错误：{message}\n")


class _CommandParser(_Parser):
    """A command's parser: an option it does not know is its own usage error
    (``build x.json --bogus`` shows build's usage, not the top-level one)."""

    # argparse's stubs type the namespace through overloads; drafter never passes one.
    def parse_known_args(self, args: Any = None, namespace: Any = None) -> tuple[argparse.Namespace, list[str]]:  # type: ignore[override]
        parsed, extras = super().parse_known_args(args, namespace)
        if extras:
            self.error(_translate("unrecognized arguments: %s") % " ".join(extras))
        return parsed, extras


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="drafter",
        description="区县教育局年度报告起草助手：把数据文件写成符合 GB/T 9704-2012 的 Word 文档。",
        epilog=(
            "例（在任何一个文件夹里）：\n"
            f"  drafter example{' ' * 22}写出示例数据文件 {DEFAULT_EXAMPLE}.json\n"
            f"  drafter build {DEFAULT_EXAMPLE}.json{' ' * 7}把它写成 Word 文档\n"
            "改成本区的数据：复制示例文件后修改，字段说明见 drafter schema。"
        ),
    )
    parser.add_argument("--version", action="version", version=f"drafter {__version__}", help="显示版本号并退出")
    commands = parser.add_subparsers(dest="command", metavar="命令", parser_class=_CommandParser)

    build = commands.add_parser(
        "build",
        help="把数据文件（JSON）或填报表（.xlsx）写成 Word 文档",
        description="把数据文件（JSON）或填好的填报表（.xlsx）写成 Word 文档。给出几个文件时先合并（同 drafter merge）。",
    )
    build.add_argument(
        "data", type=Path, nargs="+", metavar="数据文件",
        help="报告数据：JSON 数据文件或填好的填报表（.xlsx），如 examples/dongli-2024.json；可以写几个，如各科室的填报表",
    )
    build.add_argument("-o", "--output", type=Path, metavar="输出文件", help="输出文件名；不填时用报告标题命名，保存在当前文件夹")
    build.add_argument(
        "--format",
        choices=("docx", "md"),
        help="docx＝Word 文档（默认）；md＝在终端预览文字稿（加 -o 时写入文件；-o 的文件名以 .md 结尾时不用写 --format md）",
    )
    build.add_argument("--force", action="store_true", help="输出文件已存在时覆盖它")
    build.add_argument("--templates", type=Path, metavar="模板文件夹", help="用自己的模板（drafter templates export 导出后修改的文件夹）")
    build.add_argument("--plan", type=Path, metavar="工作要点", help="同一年度的工作要点（数据文件或填报表）：总结写出各项目标的完成情况")
    build.add_argument(
        "--kind", metavar="文种",
        help="用同样的数据写另一种文档，如 --kind 自评报告（也可写 self_evaluation、工作要点、总结……）；会说明这种文档还缺哪些部分",
    )
    _layout_flags(build)
    build.add_argument(
        "--pdf",
        action="store_true",
        help="同时用 LibreOffice 转出 PDF，保存在 .docx 旁边（需要安装 LibreOffice）",
    )
    build.set_defaults(run=_build)
    _add_templates_command(commands)

    schema = commands.add_parser(
        "schema",
        help="输出数据文件的 JSON Schema（供编辑器提示和检查）",
        description="输出数据文件的 JSON Schema。编辑器据此提示字段的中文名称、单位和说明，并检查数据。",
    )
    schema.add_argument("-o", "--output", type=Path, metavar="输出文件", help="写入文件；不填时输出到屏幕")
    schema.add_argument("--force", action="store_true", help="输出文件已存在时覆盖它")
    schema.set_defaults(run=_schema)

    ask = commands.add_parser("ask", help="逐题回答，填好数据文件并生成 Word 文档", description="逐题回答，填好数据文件并生成 Word 文档。直接回车跳过一题，输入 < 回到上一题；每答一题都立即保存，按 Ctrl-C 退出后再次运行同一条命令即可接着填。")
    ask.add_argument("-o", "--output", type=Path, default=Path("报告数据.json"), metavar="数据文件", help="答案保存到这个文件（默认：报告数据.json）")
    ask.add_argument("--from", dest="last_year", type=Path, metavar="上年数据文件", help="上一年的数据文件或填报表（.xlsx）：提问时显示上年数值，并作为同比的上年数值保存")
    ask.add_argument("--resume", action="store_true", help="有上次没填完的进度时直接接着填，不再询问")
    ask.add_argument("--sections", nargs="+", metavar="部分", help="只填这些部分，如 --sections 基本情况 各类教育（也可写 overview education）")
    ask.set_defaults(run=_ask)
    _add_workbook_commands(commands)
    _add_check_command(commands)
    _add_example_command(commands)
    _add_import_command(commands)
    return parser


def _add_import_command(commands: argparse._SubParsersAction) -> None:
    from drafter.importer.command import add_command

    add_command(commands).set_defaults(run=_import)


def _add_check_command(commands: argparse._SubParsersAction) -> None:
    check = commands.add_parser(
        "check",
        help="检查数据：部分与合计、数据之间的关系、异常变化、重复填报、文种缺项",
        description="检查数据文件（JSON）或填报表（.xlsx）：其中各部分大于总数、数据之间相互矛盾、与上年相比变化异常、"
        "同一件事填了两次、文种该有的部分没有写。给出几个文件时先合并（同 drafter build）。"
        "有错误时退出码为1（drafter build 也不生成文档），只有注意时为0。",
    )
    check.add_argument(
        "data", type=Path, nargs="+", metavar="数据文件",
        help="报告数据：JSON 数据文件或填好的填报表（.xlsx）；可以写几个，如各科室的填报表",
    )
    check.add_argument("--from", dest="last_year", type=Path, metavar="上年数据", help="上一年的数据文件、填报表或上一年的报告（.docx、.txt，按 drafter import 读出数据）：核对本年填的“上年”数值是否和它一致")
    check.add_argument("--format", choices=("text", "json"), default="text", help="text＝逐条中文说明（默认）；json＝供其他程序读取")
    check.set_defaults(run=_check)


def _add_example_command(commands: argparse._SubParsersAction) -> None:
    from drafter.samples import example_names

    example = commands.add_parser(
        "example",
        help="写出一个示例数据文件，照着改成本区的数据",
        description="把 drafter 自带的一个示例数据文件写到当前文件夹，用 drafter build 生成 Word 文档，或照着改成本区的数据。",
    )
    example.add_argument(
        "name", nargs="?", default=DEFAULT_EXAMPLE, metavar="示例",
        help=f"示例的名字，默认 {DEFAULT_EXAMPLE}（天津市东丽区2024年教育工作总结）；可以选：{'、'.join(example_names())}",
    )
    example.add_argument("-o", "--output", type=Path, metavar="输出文件", help="保存为这个文件；不填时用示例的名字，如 dongli-2024.json")
    example.add_argument("--force", action="store_true", help="文件已存在时覆盖它")
    example.set_defaults(run=_example)


def _add_workbook_commands(commands: argparse._SubParsersAction) -> None:
    sheet = commands.add_parser(
        "sheet",
        help="生成 Excel 填报表，发给各科室填写",
        description="生成 Excel 填报表（.xlsx）：每部分一个工作表，每项数据一行。各科室填好后用 drafter merge 合并，或直接 drafter build。",
    )
    sheet.add_argument("output", type=Path, metavar="填报表", help="保存为这个文件，如 2025填报表.xlsx")
    sheet.add_argument("--kind", metavar="文种", help="年度教育工作总结（默认）、教育工作要点、自评报告、工作总结及下年工作思路（也可写 summary、plan、self_evaluation、summary_and_plan）；有 --data 时不写就按数据文件的文种")
    sheet.add_argument("--from", dest="last_year", type=Path, metavar="上年数据", help="上一年的数据文件或填报表：填进“上年”栏，报告信息沿用")
    sheet.add_argument("--data", type=Path, metavar="本年数据", help="已有的本年数据文件或填报表：填进“本年”等各栏")
    sheet.add_argument("--sections", nargs="+", metavar="部分", help="只要这些工作表，如 --sections 党的建设 教师队伍建设（一个科室一份）")
    sheet.add_argument("--force", action="store_true", help="文件已存在时覆盖它")
    sheet.set_defaults(run=_sheet)

    merge = commands.add_parser(
        "merge",
        help="把各科室的填报表（和数据文件）合成一个数据文件",
        description="把各科室交回的填报表（.xlsx）和数据文件（JSON）合成一个数据文件。同一项两份材料填得不一样时指出来，不合并。",
    )
    merge.add_argument("parts", type=Path, nargs="+", metavar="填报表", help="各科室的填报表或数据文件")
    merge.add_argument("-o", "--output", type=Path, required=True, metavar="数据文件", help="合并结果保存为这个 JSON 文件")
    merge.add_argument("--force", action="store_true", help="文件已存在时覆盖它")
    merge.set_defaults(run=_merge)


def _add_templates_command(commands: argparse._SubParsersAction) -> None:
    templates = commands.add_parser(
        "templates",
        help="查看、导出内置模板，改成本区的写法",
        description="查看、导出内置模板。导出后在文件夹里修改，再用 drafter build 数据文件 --templates 文件夹 生成。",
    )
    actions = templates.add_subparsers(dest="action", metavar="操作", parser_class=_CommandParser, required=True)
    actions.add_parser("list", help="列出各文种的内置模板", description="列出各文种的内置模板。").set_defaults(run=_templates_list)
    export = actions.add_parser("export", help="把一个文种的模板复制到文件夹", description="把一个文种的内置模板复制到文件夹，供修改。")
    export.add_argument("kind", metavar="文种", help="如 summary、plan、self_evaluation、summary_and_plan（见 drafter templates list）")
    export.add_argument("directory", type=Path, metavar="文件夹", help="导出到这个文件夹（不存在时自动创建）")
    export.add_argument("--force", action="store_true", help="文件夹里已有同名文件时覆盖它们")
    export.set_defaults(run=_templates_export)
    guide = actions.add_parser(
        "guide",
        help="显示模板编写说明：能用的数据、过滤器和一个完整的修改例子",
        description="显示模板编写说明（Markdown 格式）。加 -o 保存成文件，用记事本等打开阅读。",
    )
    guide.add_argument("-o", "--output", type=Path, metavar="输出文件", help="写入文件，如 -o 模板说明.md；不填时显示在屏幕上")
    guide.add_argument("--force", action="store_true", help="输出文件已存在时覆盖它")
    guide.set_defaults(run=_templates_guide)


def _layout_flags(build: argparse.ArgumentParser) -> None:
    """One flag per layout choice; values and help come from their one declaration."""
    from drafter.layout_options import LAYOUT_OPTIONS

    for option in LAYOUT_OPTIONS:
        build.add_argument(
            option.flag,
            dest=option.field,
            choices=option.values,
            default=None,
            help=f"{option.title}：{option.help}。覆盖数据文件 style.{option.field} 的设置",
        )


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``drafter``; a reader that closes the pipe early (``drafter schema | head``) ends it quietly."""
    console.prepare()
    # drafter validates with pydantic but uses no pydantic plugins; looking for them scans the
    # metadata of every installed package when the first model is built.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    try:
        try:
            return _main(argv)
        finally:
            sys.stdout.flush()  # here, where a closed pipe can still be handled
    except BrokenPipeError:
        console.reader_gone()
        return 0


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "pdf", False) and _format(args) != "docx":
        args.usage_parser.error("--pdf 只能和 Word 文档一起生成（去掉 --pdf，或去掉 --format md）")
    run: Callable[[argparse.Namespace], int] | None = getattr(args, "run", None)
    if run is None:  # a bare ``drafter``: the clerk asks what it does
        parser.print_help()
        return 0
    with warnings.catch_warnings():
        warnings.simplefilter("always", DrafterWarning)
        warnings.showwarning = _printing_notices(warnings.showwarning)
        return _run(run, args)


def _run(run: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    try:
        return run(args)
    except DrafterError as error:
        for problem in error.problems:
            print(f"错误：{problem}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("已取消。", file=sys.stderr)
        return 130
    except BrokenPipeError:
        raise  # the reader is gone, nothing went wrong here: main ends quietly
    except Exception as error:  # a bug: say so plainly, keep the traceback for maintainers
        if os.environ.get("DRAFTER_DEBUG"):
            raise
        print(
            f"错误：drafter 内部出错（{type(error).__name__}: {error}）。"
            "请把数据文件和这条信息发给维护人员；设置环境变量 DRAFTER_DEBUG=1 可看到详细信息。",
            file=sys.stderr,
        )
        return 1


def _printing_notices(fallback: Callable[..., None]) -> Callable[..., None]:
    """``warnings.showwarning`` printing drafter's warnings as ``注意：`` lines, others as usual."""

    def show(message: Warning | str, category: type[Warning], *rest: object, **named: object) -> None:
        if isinstance(message, DrafterWarning):
            print(f"注意：{message.problem}", file=sys.stderr)
        else:
            fallback(message, category, *rest, **named)

    return show


# -- commands ------------------------------------------------------------------------------
def _build(args: argparse.Namespace) -> int:
    from drafter.atomic import write_bytes_atomic
    from drafter.check.command import check_before_build
    from drafter.compose.compose import compose
    from drafter.inputs import apply_targets, load_plan
    from drafter.inputs.sources import check_kind, load_located

    kind = check_kind(args.kind)
    loaded = load_located(args.data, kind)
    plan = load_plan(args.plan, loaded.report) if args.plan else None
    if kind:
        _tell_missing_parts(loaded.report, args.data)
    check_before_build(loaded)
    report = _with_layout_flags(loaded.report, args)
    if plan:
        report = apply_targets(report, plan)
    inputs = _input_files(args, report.meta.kind)
    if args.output:
        _refuse_to_clobber(args.output, args.force, inputs, _SUFFIXES[_format(args)])
    if _format(args) == "md":
        from drafter.writers.text import to_markdown

        text = to_markdown(compose(report, args.templates), run_in_bold=report.style.run_in_bold)
        if not args.output:
            sys.stdout.write(text)
            return 0
        write_bytes_atomic(args.output, text.encode("utf-8"))
        print(f"已生成：{args.output}")
        return 0

    from drafter.documents import word_document

    document = word_document(report, args.templates)
    output = args.output or Path(safe_filename(document.outline.document_title) + ".docx")
    _refuse_to_clobber(output, args.force, inputs)
    if args.pdf:
        return _build_pdf(document.data, output, document.layout, args.force, inputs)
    write_bytes_atomic(output, document.data)
    print(f"已生成：{output}")
    return 0


def _tell_missing_parts(report: "Report", data: list[Path]) -> None:
    """``build --kind``: the parts the kind has that the data does not fill (not an error)."""
    from drafter.errors import Problem, warn
    from drafter.inputs.sources import parts_missing
    from drafter.model import KIND_INFO, KINDS

    missing = parts_missing(report)
    if missing:
        info = KIND_INFO[report.meta.kind]
        short = info.aliases[0] if info.aliases else info.name
        files = " ".join(str(path) for path in data)
        warn(Problem(
            f"{KINDS[report.meta.kind]}一般还有：{'、'.join(missing)}；数据里没有，报告里不写这些部分",
            hint=f"要补上，可以生成一份带着已有数据的填报表补填：drafter sheet 补填.xlsx --kind {short} --data {files}，"
            "填好后 drafter build 补填.xlsx",
        ))


#: The file name endings each kind of output may have.
_SUFFIXES = {
    "docx": (".docx",),
    "md": (".md", ".markdown", ".txt"),
    "json": (".json",),
    "xlsx": (".xlsx",),
}


def _format(args: argparse.Namespace) -> str:
    """``--format``, or else what the output's name says (``-o 预览.md`` is the text preview)."""
    if args.format:
        return str(args.format)
    output: Path | None = args.output
    return "md" if output is not None and output.suffix.lower() in _SUFFIXES["md"] else "docx"


def _build_pdf(document: bytes, output: Path, layout: "Layout", force: bool, inputs: list[Path]) -> int:
    """Convert first, then write both files: a failed conversion leaves neither behind."""
    from drafter.atomic import write_bytes_atomic
    from drafter.pdf import convert_to_pdf, describe_fonts

    pdf_path = output.with_suffix(".pdf")
    _refuse_to_clobber(pdf_path, force, inputs)
    result = convert_to_pdf(document, requested_fonts=layout.fonts.requested())
    write_bytes_atomic(output, document)
    write_bytes_atomic(pdf_path, result.pdf)
    print(f"已生成：{output}")
    print(f"已生成：{pdf_path}")
    for line in describe_fonts(result):
        print(line)
    return 0


def _with_layout_flags(report: "Report", args: argparse.Namespace) -> "Report":
    """The report with its ``style`` overridden by any layout flag given."""
    from drafter.layout_options import LAYOUT_OPTIONS

    overrides = {o.field: getattr(args, o.field) for o in LAYOUT_OPTIONS if getattr(args, o.field, None)}
    if not overrides:
        return report
    return report.model_copy(update={"style": report.style.model_copy(update=overrides)})


def _schema(args: argparse.Namespace) -> int:
    from drafter.model import Report

    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **Report.model_json_schema(by_alias=True)}
    text = json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
    if not args.output:
        sys.stdout.write(text)
        return 0
    from drafter.atomic import write_bytes_atomic

    _refuse_to_clobber(args.output, args.force, suffixes=_SUFFIXES["json"])
    write_bytes_atomic(args.output, text.encode("utf-8"))
    print(f"已生成：{args.output}")
    return 0


def _templates_list(args: argparse.Namespace) -> int:
    from drafter.compose.sandbox.export import builtin_sets

    for item in builtin_sets():
        print(f"{item.kind:<18}{item.name}（{len(item.sections)}个部分：{'、'.join(item.sections)}）")
    print("\n导出后修改：drafter templates export 文种 文件夹；生成时加 --templates 文件夹。")
    print("模板编写说明：drafter templates guide（加 -o 模板说明.md 保存成文件）")
    return 0


def _templates_export(args: argparse.Namespace) -> int:
    from drafter.compose.sandbox.export import export_template_set

    written = export_template_set(args.kind, args.directory, args.force)
    print(f"已导出{len(written)}个文件到：{args.directory}")
    print(f"修改后生成：drafter build 数据文件.json --templates {args.directory}")
    print("模板编写说明：drafter templates guide")
    return 0


def _templates_guide(args: argparse.Namespace) -> int:
    from drafter.guide import templates_guide

    data = templates_guide().read_bytes()
    if not args.output:
        sys.stdout.write(data.decode("utf-8"))
        return 0
    from drafter.atomic import write_bytes_atomic

    _refuse_to_clobber(args.output, args.force, suffixes=_SUFFIXES["md"])
    write_bytes_atomic(args.output, data)
    print(f"已生成：{args.output}")
    return 0


def _sheet(args: argparse.Namespace) -> int:
    from drafter.atomic import write_bytes_atomic
    from drafter.inputs.workbook_sheet import make_workbook

    _refuse_to_clobber(args.output, args.force, [p for p in (args.data, args.last_year) if p], _SUFFIXES["xlsx"])
    data = make_workbook(args.kind, args.data, args.last_year, args.sections)
    write_bytes_atomic(args.output, data)
    print(f"已生成：{args.output}")
    return 0


def _merge(args: argparse.Namespace) -> int:
    from drafter.atomic import write_bytes_atomic
    from drafter.inputs.merge import merged_data

    _refuse_to_clobber(args.output, args.force, args.parts, _SUFFIXES["json"])
    data, complete = merged_data(args.parts)
    write_bytes_atomic(args.output, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    print(f"已生成：{args.output}")
    if not complete:
        print("合并结果还没有报告信息（地区、年度、成文日期等）。生成报告前请把填了“报告信息”的填报表或数据文件一起合并。")
    return 0


def _check(args: argparse.Namespace) -> int:
    from drafter.check.command import run_check

    return run_check(args.data, args.last_year, args.format)


def _example(args: argparse.Namespace) -> int:
    from drafter.atomic import write_bytes_atomic
    from drafter.samples import example_file

    source = example_file(args.name)
    output = args.output or Path(source.name)
    _refuse_to_clobber(output, args.force, suffixes=_SUFFIXES["json"])
    write_bytes_atomic(output, source.read_bytes())
    print(f"已生成：{output}")
    print(f"生成 Word 文档：drafter build {output}")
    return 0


def _ask(args: argparse.Namespace) -> int:
    from drafter.questionnaire.command import run

    return run(args)


def _import(args: argparse.Namespace) -> int:
    from drafter.importer.command import run

    return run(args, _refuse_to_clobber)


def _input_files(args: argparse.Namespace, kind: str) -> list[Path]:
    """Every file ``build`` reads: the data file, the plan, the files of the template set."""
    from drafter.compose.sandbox.template_set import set_directory

    files = [*args.data, *([args.plan] if args.plan else [])]
    templates = set_directory(kind, args.templates) if args.templates else None
    if templates and templates.is_dir():
        files += [p for p in templates.iterdir() if p.is_file()]
    return files


def _refuse_to_clobber(
    path: Path, force: bool, inputs: Sequence[Path] = (), suffixes: Sequence[str] = ()
) -> None:
    """Refuse an output that is a folder, a special file or one of the ``inputs``, whose name does
    not end as its kind of file should (``suffixes``), or that exists (unless ``force``; a link
    that leads nowhere exists too); the same file under another name (a link, ``./``) counts as
    the same."""
    from drafter.atomic import refuse_special

    refuse_special(path)
    if not path.parent.is_dir() and str(path.parent) not in ("", "."):
        raise DrafterError.single("输出文件所在的文件夹不存在", str(path.parent))
    for source in inputs:
        if _same_file(path, source):
            raise DrafterError.single(
                f"输出文件就是读入的文件 {source}，写入会把它覆盖", str(path), "请用 -o 换一个输出文件名"
            )
    if suffixes and path.suffix.lower() not in suffixes:
        raise DrafterError.single(
            f"输出文件名应以 {'、'.join(suffixes)} 结尾，否则打开时认不出文件类型",
            str(path),
            f"请换一个以 {suffixes[0]} 结尾的文件名",
        )
    if (path.exists() or path.is_symlink()) and not force:
        raise DrafterError.single("输出文件已存在，没有覆盖", str(path), "加 --force 覆盖它，或用 -o 换一个文件名")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


#: Bytes of UTF-8 a file name made from a title keeps (40 Chinese characters), ".docx" not counted.
#: Most file systems allow 255 bytes per name, encrypted home folders (eCryptfs) only 143.
MAX_NAME_BYTES = 120
#: Names Windows keeps for devices, with or without an extension (``CON.docx`` too).
_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\$|CONOUT\$)(?=\.|$)", re.IGNORECASE)


def safe_filename(title: str) -> str:
    """A file name from a title, valid on Windows, macOS and Linux alike.

    Characters Windows forbids in names (and control characters) become ``_``, invisible ones
    are dropped, trailing dots and spaces go (Windows drops them), a device name such as ``CON``
    gets a ``_``, and a long title is cut to :data:`MAX_NAME_BYTES` bytes.
    """
    from drafter.inputs.clean import drop_invisible

    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", drop_invisible(title)).strip(" .")
    cleaned = cleaned.encode("utf-8")[:MAX_NAME_BYTES].decode("utf-8", "ignore").rstrip(" .")
    return _RESERVED.sub(r"\1_", cleaned) or "报告"

"""``drafter import``: read a report, write its data file and the account of the import.

Both files are written only when the whole import worked, each through a temporary file and a
rename; neither may be the report read, and neither overwrites a file without ``--force``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, Callable

from drafter.errors import DrafterError

#: The account's file, beside the data file: ``2024-导入核对.md``.
ACCOUNT_SUFFIX = "-导入核对.md"


def account_path(output: Path) -> Path:
    return output.with_name(output.stem + ACCOUNT_SUFFIX)


def run(args: argparse.Namespace, refuse_to_clobber: Callable[..., None]) -> int:
    # the importer, and the model it builds, load only when a report is imported: not for --help
    from drafter.atomic import write_bytes_atomic
    from drafter.importer.importing import import_report
    from drafter.importer.rollover import next_year
    from drafter.importer.trace import render

    source: Path = args.report_file
    output: Path = args.output
    account: Path = args.account or account_path(output)
    refuse_to_clobber(output, args.force, [source], (".json",))
    refuse_to_clobber(account, args.force, [source, output], (".md", ".txt"))
    if _same(output, account):
        raise DrafterError.single("核对清单和数据文件是同一个文件", str(account), "请用 --report 换一个文件名")
    imported = import_report(source, _given(args))
    data = imported.data
    if args.next:
        data, notes = next_year(data)
        imported.trace.notes += notes
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    write_bytes_atomic(output, text.encode("utf-8"))
    write_bytes_atomic(account, render(imported.trace, source.name, output.name).encode("utf-8"))
    trace = imported.trace
    print(f"已生成：{output}")
    print(f"已生成：{account}（写入数值 {len(trace.taken)} 个，没有写入的数字 {len(trace.left)} 个，请对照原文核对）")
    return 0


def _given(args: argparse.Namespace) -> dict[str, Any]:
    return {key: getattr(args, key) for key in ("region", "district", "organ", "year", "kind", "date") if getattr(args, key, None)}


def _same(a: Path, b: Path) -> bool:
    return a.resolve() == b.resolve()


def add_command(commands: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """The ``import`` command's options, for ``drafter.cli``."""
    command = commands.add_parser(
        "import",
        help="把上年的报告（Word 文档或文字）读成数据文件",
        description=(
            "读取一份年度教育工作总结、工作要点、自评报告或工作总结及下年思路（.docx、.txt 或 .md），"
            "写出生成它的数据文件，并写一份核对清单：每个数值来自原文哪一句，哪些数字没有写入。"
        ),
    )
    command.add_argument("report_file", type=Path, metavar="报告", help="上年的报告：Word 文档（.docx）、纯文本（.txt）或 Markdown（.md）")
    command.add_argument("-o", "--output", type=Path, required=True, metavar="数据文件", help="保存为这个 JSON 数据文件")
    command.add_argument("--report", dest="account", type=Path, metavar="核对清单", help=f"核对清单的文件名；不填时为数据文件名加“{ACCOUNT_SUFFIX}”")
    command.add_argument("--next", action="store_true", help="直接写下一年的数据文件：各项数值作为上年数值，年度加一，工作要点的目标仍作目标")
    command.add_argument("--force", action="store_true", help="文件已存在时覆盖它")
    for flag, name, example in (
        ("--region", "省（市）", "天津市"), ("--district", "区（县）", "东丽区"), ("--organ", "发文机关", "天津市东丽区教育局"),
        ("--kind", "文种", "summary"), ("--date", "成文日期", "2024-12-31"),
    ):  # fmt: skip
        command.add_argument(flag, metavar=name, help=f"原文里没有{name}或要改时写上，如 {flag} {example}")
    command.add_argument("--year", type=int, metavar="年度", help="原文标题里没有年度或要改时写上，如 --year 2024")
    return command

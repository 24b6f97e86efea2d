"""How well ``drafter import`` reads real reports: each report of the corpus imported (as the .txt
it is, and as a .docx made from it paragraph by paragraph) and compared with the data file a
person wrote from it (``examples/``).

For every value of the person's file (a figure's value, last year's value, target, each part of a
breakdown): **right** when the import has the same amount at the same field, **wrong** when it has
another amount there, **missed** when it has none. Values the import wrote that the person did not
are counted as **extra** (listed with ``--verbose``: the person left some out, the import may have
misplaced others).

The reports are public documents; copies are kept in ``tests/data/reports`` (the default), and
``--corpus`` reads another folder of them (the same file names), such as the corpus kept beside
the repository (``../shared/corpus``); a folder that is not there is skipped with a word. The
tests measure the same (tests/test_import_corpus.py).

Run:  python3 bench/import_corpus.py [--corpus tests/data/reports] [--verbose]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.import_measure import Score, compare, docx_from_text, import_file

ROOT = Path(__file__).resolve().parent.parent
#: Each real report and the data file a person wrote from it.
PAIRS = (
    ("tianjin-dongli-2024-summary.txt", "dongli-2024.json"),
    ("tianjin-jinghai-2023-self-evaluation.txt", "jinghai-2023-self-evaluation.json"),
    ("hangzhou-linping-2024-summary-and-plan.txt", "linping-2024-summary-and-plan.json"),
    ("tianjin-dongli-2022-plan.txt", "dongli-2022-plan.json"),
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "data" / "reports")
    parser.add_argument("--verbose", action="store_true", help="list every wrong, missed and extra value")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"没有找到语料文件夹 {args.corpus}，跳过（用 --corpus 指定）。")
        return 0
    total = Score()
    print(f"{'报告':<44}{'格式':<6}{'对':>5}{'错':>5}{'漏':>5}{'多':>5}  找到   错误率")
    with tempfile.TemporaryDirectory() as tmp:
        for report, example in PAIRS:
            source = args.corpus / report
            if not source.is_file():
                print(f"{report}: 不在语料里，跳过")
                continue
            expected = ROOT / "examples" / example
            for form, path in (("txt", source), ("docx", docx_from_text(source, Path(tmp)))):
                data, given = import_file(path, expected)
                score = compare(expected, data)
                total += score
                note = f"（另给了 {'、'.join(given)}）" if given else ""
                print(f"{report:<44}{form:<6}{score.line()}{note}")
                if args.verbose:
                    for line in score.details():
                        print("    " + line)
    print(f"{'合计':<50}{total.line()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

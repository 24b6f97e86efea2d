"""The heading structure of the real reports the kinds are modelled on.

The three public reports the kinds are modelled on are kept in ``tests/data/corpus`` (copies of
the project's shared corpus, ``../shared/corpus`` beside the repository), so the comparison runs
wherever the suite runs, a fresh clone included. What the tests compare against — the level-1 and
level-2 headings as written, the numbers and run-in headings of the numbered items, and the first
lines of the Dongli plan — is extracted here and stored in ``tests/data/corpus-headings.json``.

After a corpus report changes, copy it in and store its headings again:
    python3 -m tests.corpus_headings [shared corpus folder]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
#: The project's shared corpus, where the reports come from (not in a clone).
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
#: The copies the tests read.
CORPUS = ROOT / "tests" / "data" / "corpus"
STORED = ROOT / "tests" / "data" / "corpus-headings.json"

#: The corpus reports the kinds are modelled on, and where each was published (as its text says).
REPORTS = {
    "tianjin-jinghai-2023-self-evaluation.txt": "天津市静海区人民政府网站，2024年8月29日发布",
    "hangzhou-linping-2024-summary-and-plan.txt": "杭州市临平区政府信息公开，索引号 001008001003013/2025-20839",
    "tianjin-dongli-2022-plan.txt": "天津市东丽区教育局关于印发《天津市东丽区2022年教育工作要点》的通知",
}
#: Reports whose first lines (title, 主送机关, first sentence) the tests compare too.
OPENINGS = {"tianjin-dongli-2022-plan.txt": 6}

_LEVEL1 = re.compile(r"^[一二三四五六七八九十]+、")
_LEVEL2 = re.compile(r"^（[一二三四五六七八九十]+）")
_NUMBERED = re.compile(r"^(\d+)\.")


def structure(text: str, opening: int = 0) -> dict[str, Any]:
    """Headings of one report: whole lines for headings on their own line, the run-in heading
    (up to its first 。) for paragraphs that open with one."""
    lines = [line.strip().replace("(", "（").replace(")", "）") for line in text.splitlines()]
    lines = [line for line in lines if line]
    return {
        "level1": [_heading(line) for line in lines if _LEVEL1.match(line)],
        "level2": [_heading(line) for line in lines if _LEVEL2.match(line)],
        "numbered": [_heading(line) for line in lines if _NUMBERED.match(line)],
        **({"opening": lines[:opening]} if opening else {}),
    }


def _heading(line: str) -> str:
    head, stop, _ = line.partition("。")
    return head + stop


def extract(corpus: Path = CORPUS) -> dict[str, Any]:
    return {
        "note": (
            "Headings extracted by tests/corpus_headings.py from the public reports kept in "
            "tests/data/corpus/<name> (copies of the project's shared corpus)."
        ),
        "reports": {
            name: {"source": source, **structure((corpus / name).read_text(encoding="utf-8"), OPENINGS.get(name, 0))}
            for name, source in REPORTS.items()
        },
    }


def stored() -> dict[str, Any]:
    return json.loads(STORED.read_text(encoding="utf-8"))


if __name__ == "__main__":
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else SHARED_CORPUS
    CORPUS.mkdir(parents=True, exist_ok=True)
    for name in REPORTS:
        (CORPUS / name).write_bytes((source / name).read_bytes())
    STORED.write_text(json.dumps(extract(CORPUS), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"copied {len(REPORTS)} reports to {CORPUS} and wrote {STORED}")

"""Build a data file with each hostile template set, in one process under a memory limit.

Run by tests/test_hostile_templates.py as ``python hostile_runner.py CASES.json``; prints one JSON
line per case: its name (before it starts, so a hang can be told), exit code, messages and
output. The parent sets the address-space limit and the timeout.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from drafter.cli import main


def run(case: dict[str, str]) -> dict[str, object]:
    out, err = io.StringIO(), io.StringIO()
    started = time.monotonic()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["build", case["data"], "--format", "md", "-o", case["output"], "--templates", case["set"]])
        except BaseException as exc:  # noqa: BLE001 - reported to the test, which fails
            code = -1
            print(f"escaped: {type(exc).__name__}", file=err)
    output = Path(case["output"])
    return {
        "name": case["name"],
        "code": code,
        "stdout": out.getvalue(),
        "stderr": err.getvalue(),
        "output": output.read_text(encoding="utf-8") if output.exists() else None,
        "seconds": round(time.monotonic() - started, 2),
    }


def main_() -> None:
    cases = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    for case in cases:
        print(json.dumps({"started": case["name"]}), flush=True)
        print(json.dumps(run(case), ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main_()

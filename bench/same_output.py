"""Write what drafter shows a user into a folder, to compare two versions of drafter byte for byte.

A change meant to make drafter faster must not change what it writes: run this before and after
and compare the two folders (``diff -r before after``). The folder gets

* ``docx/<example>/<part>``: every XML part of each example's .docx except ``docProps/core.xml``
  (it holds the time of the build), each kind with and without ``--profile formal`` where the data
  allows it;
* ``schema.json``: ``drafter schema``;
* ``messages/<n>.txt``: exit code, standard output and error of ``drafter build`` on broken data
  files (the fuzz cases of ``tests/mutations.py``, a fixed seed) and on a few hand-made ones.

Run:  python3 bench/same_output.py OUTDIR [--cases 400]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drafter.cli import main as drafter  # noqa: E402
from tests.mutations import cases  # noqa: E402

EXAMPLES = ROOT / "examples"

#: Hand-made broken data: one wrong thing each, in meta, figures, lists and style.
HAND_MADE: dict[str, object] = {
    "rate over its range": {"education": {"preschool": {"public_share": 120}}},
    "rate as a fraction": {"education": {"preschool": {"public_share": 0.5}}},
    "rate a hundred times too big": {"education": {"preschool": {"public_share": "1560%"}}},
    "count with a letter": {"education": {"preschool": {"new_places": "1r"}}},
    "count not whole": {"education": {"preschool": {"new_places": 1.5}}},
    "count negative": {"education": {"preschool": {"new_places": -3}}},
    "unknown key": {"education": {"preschool": {"new_place": 3}}},
    "wrong unit": {"education": {"preschool": {"new_places": "3所"}}},
    "money wrong unit": {"support": {"funding": {"general_budget": "3个"}}},
    "bad date": {"meta": {"date": "2024-13-45"}},
    "date far from year": {"meta": {"date": "2030-01-01"}},
    "short district": {"meta": {"district": "东丽"}},
    "unknown kind": {"meta": {"kind": "report"}},
    "empty organ": {"meta": {"organ": ""}},
    "bad numbering": {"style": {"numbering": {"1": "一是"}}},
    "unknown section": {"style": {"sections": ["不存在"]}},
    "empty honour name": {"education": {"preschool": {"honours": [{"name": ""}]}}},
    "breakdown too long": {"education": {"preschool": {"new_places": {"value": 1, "breakdown": {str(i): i for i in range(40)}}}}},
    "figure without value": {"education": {"preschool": {"new_places": {"previous": 3}}}},
    "formal without number": {"style": {"profile": "formal"}},
}


def run(args: list[str]) -> str:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = drafter(args)
    return f"exit {code}\n--- stdout\n{out.getvalue()}--- stderr\n{err.getvalue()}"


def merged(base: dict, change: dict) -> dict:
    result = dict(base)
    for key, value in change.items():
        result[key] = merged(result.get(key, {}), value) if isinstance(value, dict) and isinstance(result.get(key), dict) else value
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--cases", type=int, default=400)
    args = parser.parse_args()
    out: Path = args.outdir
    (out / "messages").mkdir(parents=True, exist_ok=True)
    out = out.resolve()
    with tempfile.TemporaryDirectory() as tmp:
        os.chdir(tmp)
        folder = Path()  # relative names: the messages quote them
        for example in sorted(EXAMPLES.glob("*.json")):
            for profile in ("", "formal"):
                name = example.stem + (f"-{profile}" if profile else "")
                target = folder / f"{name}.docx"
                extra = ["--profile", profile] if profile else []
                report = run(["build", str(example), "-o", str(target), *extra])
                (out / "messages" / f"example-{name}.txt").write_text(report, encoding="utf-8")
                if not target.exists():
                    continue
                with zipfile.ZipFile(target) as package:
                    for info in package.infolist():
                        if info.filename == "docProps/core.xml":
                            continue
                        part = out / "docx" / name / info.filename
                        part.parent.mkdir(parents=True, exist_ok=True)
                        part.write_bytes(package.read(info))
        (out / "schema.json").write_text(run(["schema"]), encoding="utf-8")
        base = json.loads((EXAMPLES / "dongli-2024.json").read_text(encoding="utf-8"))
        for number, (label, change) in enumerate(HAND_MADE.items()):
            source = folder / "data.json"
            source.write_text(json.dumps(merged(base, change), ensure_ascii=False), encoding="utf-8")
            report = run(["build", str(source), "-o", str(folder / "out.docx"), "--force"])
            (out / "messages" / f"hand-{number:02}.txt").write_text(f"{label}\n{report}", encoding="utf-8")
        for case in cases(args.cases):
            source = folder / "data.json"
            source.write_text(case.text, encoding="utf-8", errors="surrogatepass")
            report = run(["build", str(source), "-o", str(folder / "out.docx"), "--force"])
            (out / "messages" / f"case-{case.number:04}.txt").write_text(
                report, encoding="utf-8", errors="surrogateescape"
            )
        os.chdir(ROOT)
    print(f"written to {out}")


if __name__ == "__main__":
    main()

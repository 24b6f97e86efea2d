"""How long do drafter's commands take, next to the time Python needs just to import its libraries?

Whole-process measurements run side by side, round after round in turn, so a busy machine slows
them alike; each row is the median (and best) over the rounds:

* import floor: ``python -c "import docx, jinja2, pydantic"``, the libraries a build cannot do
  without. ``import pydantic`` alone defers most of pydantic until the first model class is made,
  so a second floor also makes one model class with one field: the least any program that
  validates with pydantic pays; a third imports drafter's model, every class built;
* ``drafter --help``;
* ``drafter build examples/dongli-2024.json``, with the compiled templates in the cache folder (every
  run after the first) and with an empty cache folder (the very first run);
* ``drafter ask`` until its first question is on the screen (needs pexpect; not on Windows).

In-process, per document (what a batch loop pays per report once everything is loaded):

* drafter: load + validate + compose + write the .docx;
* peer reference: docxtpl rendering the same title, headings and paragraphs into a .docx from a
  template — the usual "Word template + jinja2" approach, without drafter's model, YoY wording or
  GB/T 9704 styling.

Python writes its bytecode (``.pyc``) as an installed package has it; ``PYTHONDONTWRITEBYTECODE``
is removed from the environment of the measured processes (the run says so when it was set).

The goals are printed beside the floor: a whole ``drafter build`` at most 3.0× the import floor,
and ``drafter ask``'s first question within 0.5 s.

``--instructions`` counts instructions instead (``valgrind --tool=callgrind``, one run each after
a warm-up): a count does not depend on how busy the machine is, so two versions of drafter can
be compared on a shared machine. ``drafter ask`` is counted until its first question, then
Ctrl-C (it saves nothing and exits).

Run:  python3 -m pip install '.[bench]' && python3 bench/bench.py [--instructions]
"""

from __future__ import annotations

import argparse
import io
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "dongli-2024.json"
FLOOR = "import docx, jinja2, pydantic"
FLOOR_WITH_MODEL = FLOOR + "\nclass One(pydantic.BaseModel):\n    x: int"
FLOOR_WITH_DRAFTER_MODEL = FLOOR + ", drafter.model"
FIRST_QUESTION = "省（市）"
#: The goals (issue 19): a build within this many times the import floor, ask's first question within this many ms.
BUILD_GOAL = 3.0
ASK_GOAL_MS = 500


def timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return (time.perf_counter() - start) * 1000


def median_ms(run: Callable[[], object], repeat: int, warmup: int = 2) -> list[float]:
    for _ in range(warmup):
        run()
    return [timed(run) for _ in range(repeat)]


def environment(cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["XDG_CACHE_HOME"] = str(cache)
    return env


def process(command: list[str], env: dict[str, str], cwd: Path) -> Callable[[], object]:
    return lambda: subprocess.run(command, check=True, capture_output=True, env=env, cwd=cwd)


def cold_build(command: list[str], env: dict[str, str], folder: Path) -> Callable[[], object]:
    """A build whose cache folder is empty, as on the first run after installing."""
    counter = iter(range(10**6))

    def run() -> object:
        cache = folder / f"cold-{next(counter)}"
        return subprocess.run(command, check=True, capture_output=True, env={**env, "XDG_CACHE_HOME": str(cache)})

    return run


def ask_first_question(env: dict[str, str], folder: Path, prefix: tuple[str, ...] = ()) -> Callable[[], object] | None:
    """``drafter ask`` until its first question shows; then Ctrl-C, which ends it (nothing is saved)."""
    try:
        import pexpect
    except ImportError:
        return None
    ask_env = {**env, "TERM": "xterm", "PROMPT_TOOLKIT_NO_CPR": "1"}
    command = [*prefix, sys.executable, "-m", "drafter", "ask", "-o", "ask.json"]

    def run() -> object:
        child = pexpect.spawn(
            command[0], command[1:], cwd=str(folder), env=ask_env, encoding="utf-8", timeout=600, dimensions=(40, 160),
        )
        child.expect_exact(FIRST_QUESTION)
        child.sendcontrol("c")
        child.expect(pexpect.EOF)
        child.close()
        return child

    return run


def processes(folder: Path) -> dict[str, Callable[[], object]]:
    env = environment(folder / "cache")
    build = [sys.executable, "-m", "drafter", "build", str(EXAMPLE), "-o", str(folder / "out.docx"), "--force"]
    runs = {
        "import floor: " + FLOOR: process([sys.executable, "-c", FLOOR], env, folder),
        "import floor + one pydantic model": process([sys.executable, "-c", FLOOR_WITH_MODEL], env, folder),
        "import floor + drafter's model": process([sys.executable, "-c", FLOOR_WITH_DRAFTER_MODEL], env, folder),
        "drafter --help": process([sys.executable, "-m", "drafter", "--help"], env, folder),
        "drafter build (templates cached)": process(build, env, folder),
        "drafter build (first run, no cache)": cold_build(build, env, folder),
    }
    ask = ask_first_question(env, folder)
    if ask:
        runs["drafter ask, first question shown"] = ask
    else:
        print("pexpect is not installed (or not on this system): drafter ask is not measured", file=sys.stderr)
    return runs


def side_by_side(runs: dict[str, Callable[[], object]], rounds: int) -> dict[str, list[float]]:
    for run in runs.values():  # warm up: bytecode written, templates cached, disk cache filled
        run()
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(rounds):
        for name, run in runs.items():
            times[name].append(timed(run))
    return times


def in_process() -> Callable[[], bytes]:
    from drafter.compose.compose import compose
    from drafter.inputs import load_report
    from drafter.writers.word import write_docx

    return lambda: write_docx(compose(load_report(EXAMPLE)))


def docxtpl_peer(folder: Path) -> Callable[[], bytes]:
    """docxtpl filling a template with the paragraphs drafter composed for the same data."""
    import docx
    from docxtpl import DocxTemplate

    from drafter.compose.compose import compose
    from drafter.inputs import load_report

    outline = compose(load_report(EXAMPLE))
    template_path = folder / "peer-template.docx"
    template = docx.Document()
    template.add_paragraph("{{ title }}", style="Title")
    template.add_paragraph("{%p for block in blocks %}")
    template.add_paragraph("{{ block }}")
    template.add_paragraph("{%p endfor %}")
    template.add_paragraph("{{ signature }}")
    template.add_paragraph("{{ date }}")
    template.save(template_path)
    context = {
        "title": outline.title,
        "blocks": [b.full_text for b in outline.blocks],
        "signature": outline.signature,
        "date": outline.date_text,
    }

    def render() -> bytes:
        document = DocxTemplate(str(template_path))
        document.render(context)
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()

    return render


def instructions(folder: Path) -> dict[str, int]:
    """Instructions each whole-process measurement executes (callgrind), after one warm-up run."""
    env = environment(folder / "cache")
    out = folder / "callgrind.out"
    grind = ("valgrind", "--tool=callgrind", f"--callgrind-out-file={out}")
    build = ["-m", "drafter", "build", str(EXAMPLE), "-o", str(folder / "out.docx"), "--force"]
    commands = {
        "import floor: " + FLOOR: ["-c", FLOOR],
        "import floor + one pydantic model": ["-c", FLOOR_WITH_MODEL],
        "import floor + drafter's model": ["-c", FLOOR_WITH_DRAFTER_MODEL],
        "drafter --help": ["-m", "drafter", "--help"],
        "drafter build (templates cached)": build,
    }
    counts = {}
    for name, arguments in commands.items():
        subprocess.run([sys.executable, *arguments], check=True, capture_output=True, env=env, cwd=folder)
        done = subprocess.run([*grind, sys.executable, *arguments], check=True, capture_output=True, env=env, cwd=folder, text=True)
        counts[name] = _collected(done.stderr)
    warm = ask_first_question(env, folder)
    log = folder / "ask.log"
    counted = ask_first_question(env, folder, (*grind, f"--log-file={log}"))
    if warm and counted:
        warm()
        counted()
        counts["drafter ask, first question shown"] = _collected(log.read_text())
    return counts


def _collected(log: str) -> int:
    match = re.search(r"Collected : (\d+)", log)
    if not match:
        raise SystemExit(f"callgrind gave no count:\n{log[-2000:]}")
    return int(match[1])


def print_instructions(folder: Path) -> None:
    counts = instructions(folder)
    floor = counts["import floor: " + FLOOR]
    print(f"{'measurement (valgrind --tool=callgrind)':<44} {'instructions':>16} {'× floor':>8}")
    for name, count in counts.items():
        print(f"{name:<44} {count:>16,} {count / floor:>8.2f}")
    build = counts["drafter build (templates cached)"]
    print(f"drafter build / import floor: {build / floor:.2f}× in instructions (goal for the time: ≤ {BUILD_GOAL}×)")


def main() -> None:
    parser = argparse.ArgumentParser(description="Benchmark drafter's commands on the Dongli example.")
    parser.add_argument("--rounds", type=int, default=15, help="rounds of the whole-process measurements")
    parser.add_argument("--repeat", type=int, default=20, help="runs per in-process measurement")
    parser.add_argument("--instructions", action="store_true", help="count instructions with valgrind instead of timing")
    args = parser.parse_args()
    if "PYTHONDONTWRITEBYTECODE" in os.environ:
        print("PYTHONDONTWRITEBYTECODE is set here; it is removed for the measured runs, which write and use .pyc files as an installed drafter does.")
    if args.instructions:
        if shutil.which("valgrind") is None:
            raise SystemExit("valgrind is not installed (Debian/Ubuntu: sudo apt install valgrind)")
        with tempfile.TemporaryDirectory() as tmp:
            print_instructions(Path(tmp))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rows = side_by_side(processes(folder), args.rounds)
        rows["drafter, in-process per document"] = median_ms(in_process(), args.repeat)
        try:
            rows["docxtpl, same text (peer)"] = median_ms(docxtpl_peer(folder), args.repeat)
        except ImportError:
            print("docxtpl is not installed: python3 -m pip install '.[bench]'", file=sys.stderr)
    print(f"{'measurement':<44} {'median ms':>10} {'best ms':>10}")
    for name, times in rows.items():
        print(f"{name:<44} {statistics.median(times):>10.1f} {min(times):>10.1f}")
    median = {name: statistics.median(times) for name, times in rows.items()}
    floor = median["import floor: " + FLOOR]
    build = median["drafter build (templates cached)"]
    for name in ("import floor: " + FLOOR, "import floor + one pydantic model"):
        print(f"drafter build / {name}: {build / median[name]:.2f}×")
    verdict = "met" if build / floor <= BUILD_GOAL else "NOT met"
    print(f"goal: drafter build ≤ {BUILD_GOAL}× the import floor: {build / floor:.2f}× ({verdict})")
    if "drafter ask, first question shown" in median:
        ask = median["drafter ask, first question shown"]
        verdict = "met" if ask <= ASK_GOAL_MS else "NOT met"
        print(f"goal: drafter ask's first question ≤ {ASK_GOAL_MS} ms: {ask:.0f} ms ({verdict})")
    least = median["import floor + one pydantic model"] + median["drafter, in-process per document"]
    print(
        f"least a validating build could take (floor + one pydantic model + one document in-process): "
        f"{least:.0f} ms = {least / floor:.2f}× the import floor"
    )
    model = median["import floor + drafter's model"] - floor
    print(f"drafter's model (imported, every class built) costs {model:.0f} ms over the import floor")


if __name__ == "__main__":
    main()

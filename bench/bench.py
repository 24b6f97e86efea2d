"""How long does ``drafter build`` take on the Dongli example?

Three measurements, each the median of several runs:

1. in-process, per document: load + validate + compose + write the .docx (what a server or
   a batch loop would pay per report);
2. whole process: ``drafter build`` as a clerk runs it (Python start-up and imports included);
3. peer reference: docxtpl rendering the same title, headings and paragraphs into a .docx from a
   template — the usual "Word template + jinja2" approach, without drafter's model, YoY wording
   or GB/T 9704 styling.

Run:  python3 -m pip install '.[bench]' && python3 bench/bench.py
"""

from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "dongli-2024.json"


def median_ms(run: Callable[[], object], repeat: int, warmup: int = 2) -> tuple[float, float]:
    for _ in range(warmup):
        run()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def in_process() -> Callable[[], bytes]:
    from drafter.compose import compose
    from drafter.inputs import load_report
    from drafter.writers.word import write_docx

    return lambda: write_docx(compose(load_report(EXAMPLE)))


def whole_process(folder: Path) -> Callable[[], object]:
    command = [sys.executable, "-m", "drafter", "build", str(EXAMPLE), "-o", str(folder / "out.docx"), "--force"]
    return lambda: subprocess.run(command, check=True, capture_output=True)


def docxtpl_peer(folder: Path) -> Callable[[], bytes]:
    """docxtpl filling a template with the paragraphs drafter composed for the same data."""
    import docx
    from docxtpl import DocxTemplate

    from drafter.compose import compose
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
        "blocks": [getattr(b, "full_text") for b in outline.blocks],
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


def main() -> None:
    parser = argparse.ArgumentParser(description="Benchmark drafter build on the Dongli example.")
    parser.add_argument("--repeat", type=int, default=20, help="runs per in-process measurement")
    parser.add_argument("--process-repeat", type=int, default=10, help="runs of the whole command")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rows = [
            ("drafter, in-process per document", *median_ms(in_process(), args.repeat)),
            ("drafter build, whole process", *median_ms(whole_process(folder), args.process_repeat, warmup=1)),
        ]
        try:
            rows.append(("docxtpl, same text (peer)", *median_ms(docxtpl_peer(folder), args.repeat)))
        except ImportError:
            rows.append(("docxtpl, same text (peer)", float("nan"), float("nan")))
            print("docxtpl is not installed: python3 -m pip install '.[bench]'", file=sys.stderr)
    print(f"{'measurement':<36} {'median ms':>10} {'best ms':>10}")
    for name, median, best in rows:
        print(f"{name:<36} {median:>10.1f} {best:>10.1f}")


if __name__ == "__main__":
    main()

"""What a command builds before it shows anything: pydantic builds a model's validator only when
the model first validates (``defer_build``), so ``drafter build`` builds the report's validator
once, and ``drafter ask`` none before its first question. Each command runs in a fresh process,
as a clerk starts it; how long it takes is measured in bench/, not here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import EXAMPLES

#: Runs a command in this process, then prints the drafter models whose validator was built.
PROBE = """
import io, json, sys
import pydantic

def built():
    def models(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from models(sub)
    return sorted({m.__name__ for m in models(pydantic.BaseModel) if m.__module__.startswith("drafter.model")
                   and type(m.__dict__.get("__pydantic_validator__")).__name__ == "SchemaValidator"})

from drafter.cli import main
if sys.argv[1] == "ask":
    from prompt_toolkit.application import create_app_session
    from prompt_toolkit.data_structures import Size
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output.vt100 import Vt100_Output
    from drafter.questionnaire import command
    command.interactive = lambda: True
    screen = io.StringIO()
    output = Vt100_Output(screen, lambda: Size(rows=40, columns=120), term="xterm")
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=output):
        pipe.close()  # the first question is shown, then the input ends (as Ctrl-D)
        code = main(["ask", "-o", "ask.json"])
    shown = "省（市）" in screen.getvalue()
else:
    code = main(sys.argv[1:])
    shown = True
print(json.dumps({"code": code, "shown": shown, "built": built()}))
"""


def probe(tmp_path: Path, *args: str) -> dict:
    result = subprocess.run([sys.executable, "-c", PROBE, *args], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_build_builds_the_report_validator_and_no_other(tmp_path: Path) -> None:
    found = probe(tmp_path, "build", str(EXAMPLES / "dongli-2024.json"), "-o", "out.docx")
    assert found["code"] == 0 and (tmp_path / "out.docx").is_file()
    assert found["built"] == ["Report"]


def test_ask_builds_no_model_before_its_first_question(tmp_path: Path) -> None:
    found = probe(tmp_path, "ask")
    assert found["shown"] and found["code"] == 130
    assert found["built"] == []


def test_help_loads_neither_the_model_nor_the_importer(tmp_path: Path) -> None:
    """``drafter --help`` answers at once: the commands register without loading what they run."""
    probe = "import sys\nfrom drafter.cli import build_parser\nbuild_parser()\nprint(sorted(m for m in sys.modules if m.startswith(('pydantic', 'drafter.importer.importing', 'drafter.model.report', 'jinja2', 'docx'))))"
    result = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"

"""``drafter check`` and the check ``drafter build`` makes before writing: read the inputs,
apply the checks, say what was found.

``drafter check`` prints each finding on a line of its own (``错误：`` or ``注意：``, the file and
cell or field, what is inconsistent with what, what to do) and a closing count, or with
``--format json`` one JSON object for other programs. It exits 1 when an error was found (or the
input cannot be read) and 0 otherwise. ``build`` prints the notes as ``注意：`` lines and goes on;
an error stops it before anything is written.
"""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path
from typing import Any, Optional

from drafter.check import Finding, LastYear, check_report, fitting
from drafter.errors import DrafterError, DrafterWarning, Problem, warn
from drafter.inputs.sources import Located, load_located

#: What a tool reading ``--format json`` gets for a problem with the input itself.
INPUT = "input"


def run_check(paths: list[Path], last_year: Optional[Path], output: str) -> int:
    """``drafter check PATHS [--from LAST] [--format json]``; the exit code."""
    if output == "json":
        return _run_json(paths, last_year)
    findings = _findings(paths, last_year)
    for finding in findings:
        print(finding.line())
    print(summary(findings))
    return 1 if _errors(findings) else 0


def check_before_build(loaded: Located) -> None:
    """The checks ``build`` makes: notes are printed as ``注意：`` lines, errors stop the build."""
    findings = check_report(loaded.report, loaded.where, loaded.files)
    for finding in findings:
        if finding.level == "note":
            warn(finding.problem)
    errors = _errors(findings)
    if errors:
        files = "、".join(loaded.files)
        closing = Problem(
            f"{files}的数据有{len(errors)}处错误（见上），没有生成文档",
            hint=f"请改正后再生成；运行 drafter check {' '.join(loaded.files)} 可以先看全部检查结果",
        )
        raise DrafterError([*(f.problem for f in errors), closing])


def summary(findings: list[Finding]) -> str:
    """The closing line: how many errors and notes, and what an error means for ``build``."""
    errors, notes = len(_errors(findings)), len(findings) - len(_errors(findings))
    if not findings:
        return "检查完毕，没有发现问题。"
    counted = "，".join(part for part in (f"{errors}处错误" if errors else "", f"{notes}处注意" if notes else "") if part)
    if errors:
        return f"检查完毕：{counted}。有错误时 drafter build 不生成文档，请改正后再检查一次。"
    return f"检查完毕：{counted}。请逐条核对；确实无误的可以不理会，drafter build 照常生成文档。"


def _findings(paths: list[Path], last_year: Optional[Path]) -> list[Finding]:
    loaded = load_located(paths)
    last = _last_year(last_year, loaded) if last_year else None
    return check_report(loaded.report, loaded.where, loaded.files, last)


#: Files ``--from`` reads as last year's report itself, imported as ``drafter import`` would.
REPORT_SUFFIXES = (".docx", ".txt", ".md")


def _last_year(path: Path, loaded: Located) -> LastYear:
    if path.suffix.lower() in REPORT_SUFFIXES:
        return fitting(_imported_last_year(path), loaded.report)
    theirs = load_located([path])
    return fitting(LastYear(theirs.report, theirs.where, path.name), loaded.report)


def _imported_last_year(path: Path) -> LastYear:
    """Last year's report read back into data (its figures as ``drafter import`` finds them)."""
    from drafter.importer.importing import import_report
    from drafter.inputs.json_file import validate_report
    from drafter.model import Report
    from drafter.model.paths import where

    report = validate_report(import_report(path).data, source=path.name)
    return LastYear(report, lambda loc: f"{path.name} 导入的 {where(Report, loc)}", path.name)


def _errors(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.level == "error"]


# -- for other programs ----------------------------------------------------------------------
def _run_json(paths: list[Path], last_year: Optional[Path]) -> int:
    """One JSON object on stdout, even when the input cannot be read (its problems then are
    findings of the check ``input``)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", DrafterWarning)
        try:
            findings = _findings(paths, last_year)
        except DrafterError as error:
            findings = [_input_finding("error", problem) for problem in error.problems]
    notes = [_input_finding("note", w.message.problem) for w in caught if isinstance(w.message, DrafterWarning)]
    everything = notes + findings
    sys.stdout.write(json.dumps(_as_json(paths, everything), ensure_ascii=False, indent=2) + "\n")
    return 1 if _errors(everything) else 0


def _input_finding(level: str, problem: Problem) -> Finding:
    return Finding(level, INPUT, "", "", problem.where, problem.message, problem.hint)  # type: ignore[arg-type]


def _as_json(paths: list[Path], findings: list[Finding]) -> dict[str, Any]:
    errors = len(_errors(findings))
    return {
        "files": [str(path) for path in paths],
        "errors": errors,
        "notes": len(findings) - errors,
        "findings": [finding.as_json() for finding in findings],
    }

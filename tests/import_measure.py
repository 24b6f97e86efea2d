"""Measuring an import against the data file a person wrote from the same report: per value of
the person's file, right (same amount at the same field), wrong (another amount there) or missed
(none); values only the import has are extra. Used by bench/import_corpus.py and the tests."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import docx

from drafter.errors import DrafterError
from drafter.importer.importing import import_report
from drafter.inputs import load_report
from drafter.model import Figure, Report
from drafter.model.amount import Amount

#: The roles of a figure a person writes.
ROLES = ("value", "previous", "target")


@dataclass
class Score:
    right: int = 0
    wrong: int = 0
    missed: int = 0
    extra: int = 0
    lines: list[str] = field(default_factory=list)

    def __iadd__(self, other: "Score") -> "Score":
        self.right += other.right
        self.wrong += other.wrong
        self.missed += other.missed
        self.extra += other.extra
        return self

    @property
    def expected(self) -> int:
        return self.right + self.wrong + self.missed

    @property
    def found_share(self) -> float:
        return self.right / self.expected if self.expected else 1.0

    @property
    def wrong_share(self) -> float:
        compared = self.right + self.wrong
        return self.wrong / compared if compared else 0.0

    def line(self) -> str:
        return (
            f"{self.right:>5}{self.wrong:>5}{self.missed:>5}{self.extra:>5}"
            f"  {self.found_share:6.1%} {self.wrong_share:6.1%}"
        )

    def details(self) -> list[str]:
        return self.lines


def figures(report: Report) -> Iterator[tuple[str, Figure]]:
    """Every typed figure of the report's parts, by dotted path."""
    for path, part in report.all_parts():
        for name, figure in part.figures():
            yield f"{path}.{name}", figure


def values(figure: Figure) -> dict[str, Amount]:
    found = {role: getattr(figure, role) for role in ROLES if getattr(figure, role) is not None}
    for name, amount in (figure.breakdown or {}).items():
        found[f"其中{name}"] = amount
    return found


def same(a: Amount, b: Amount) -> bool:
    """The same amount: the same number (in base units) and the same approximation words."""
    return a.value == b.value and (a.prefix, a.suffix, a.post) == (b.prefix, b.suffix, b.post)


def compare(expected_path: Path, data: dict[str, Any]) -> Score:
    return _compared(load_report(expected_path), data)


def compare_data(expected: dict[str, Any], data: dict[str, Any]) -> Score:
    return _compared(Report.model_validate(expected), data)


def _compared(report: Report, data: dict[str, Any]) -> Score:
    expected = dict(figures(report))
    found = dict(figures(Report.model_validate(data)))
    score = Score()
    for path, figure in expected.items():
        have = values(found[path]) if path in found else {}
        for role, amount in values(figure).items():
            got = have.get(role)
            if got is None:
                score.missed += 1
                score.lines.append(f"漏 {path} {role} {amount.text}")
            elif same(got, amount):
                score.right += 1
            else:
                score.wrong += 1
                score.lines.append(f"错 {path} {role} 应为 {amount.text}，导入 {got.text}")
    for path, figure in found.items():
        want = values(expected[path]) if path in expected else {}
        for role, amount in values(figure).items():
            if role not in want:
                score.extra += 1
                score.lines.append(f"多 {path} {role} {amount.text}")
    return score


def import_file(path: Path, expected: Path) -> tuple[dict[str, Any], list[str]]:
    """Import ``path``; when its text lacks the place (a web page's shortened title), give it what
    the person's file says, as a clerk would on the command line. Return the data and what was given."""
    try:
        return import_report(path).data, []
    except DrafterError as error:
        if "找不到" not in str(error):
            raise
        message = str(error)
    meta = json.loads(expected.read_text(encoding="utf-8"))["meta"]
    given = {key: meta[key] for key in ("region", "district", "year", "kind") if f"--{key}" in message}
    return import_report(path, given).data, [f"--{key}" for key in given]


def docx_from_text(source: Path, folder: Path) -> Path:
    """The report as a Word document, one paragraph per line of the text."""
    document = docx.Document()
    for line in source.read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    target = folder / (source.stem + ".docx")
    document.save(str(target))
    return target

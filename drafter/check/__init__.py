"""``drafter check``: the 科长's read before the 局长's.

Applied to a report (and, with ``--from``, last year's), the checks find figures that cannot
both be true, a thing reported twice and a part the kind needs but nobody filled:

* :mod:`~drafter.check.sums` — a breakdown or the declared parts of a total against the total;
* :mod:`~drafter.check.relations` — the relations declared on the model (:mod:`drafter.model.relations`);
* :mod:`~drafter.check.jumps` — a change on last year too large to be likely;
* :mod:`~drafter.check.goals` — a 工作要点's goal worse than where the level stands;
* :mod:`~drafter.check.twice` and :mod:`~drafter.check.sentences` — twice reported;
* :mod:`~drafter.check.needs` — what the kind needs (:mod:`drafter.model.needs`);
* :mod:`~drafter.check.last_year` — the 上年 values against last year's data.

The checks know the model, not prose or layout; each finding names the figure in Chinese and the
file and cell or field it came from.
"""

from __future__ import annotations

from typing import Callable, Iterator, Optional, Sequence

from drafter.check.context import Context, Locate
from drafter.check.findings import Finding, in_order
from drafter.check.goals import check_goals
from drafter.check.jumps import check_jumps
from drafter.check.last_year import LastYear, check_last_year, fitting
from drafter.check.needs import check_needs
from drafter.check.relations import check_relations
from drafter.check.sentences import check_sentences
from drafter.check.sums import check_sums
from drafter.check.twice import check_twice
from drafter.model import Report

__all__ = ["Finding", "LastYear", "Locate", "check_report", "fitting"]

_CHECKS: tuple[Callable[[Context], Iterator[Finding]], ...] = (
    check_sums,
    check_relations,
    check_jumps,
    check_goals,
    check_twice,
    check_sentences,
    check_needs,
)


def check_report(
    report: Report, where: Locate, files: Sequence[str] = (), last: Optional[LastYear] = None
) -> list[Finding]:
    """Every finding about ``report`` (read from ``files``; ``where`` names a field path in
    them), errors first; ``last`` is last year's data to compare the 上年 values with."""
    ctx = Context(report, where, tuple(files))
    findings = [finding for check in _CHECKS for finding in check(ctx)]
    if last is not None:
        findings += check_last_year(ctx, last)
    return in_order(_once(findings))


def _once(findings: list[Finding]) -> list[Finding]:
    """Each finding once (two checks may come upon the same thing)."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for finding in findings:
        key = (finding.where, finding.message)
        if key not in seen:
            seen.add(key)
            kept.append(finding)
    return kept

"""Broken data files made from the five examples (tests/mutations.py): each one either builds a
.docx that opens, or gets a Chinese message naming the data file, exit 1 and no file. Never
"内部出错", never a traceback, never a changed data file.

A fixed, seeded set of cases keeps the suite quick; ``python3 bench/fuzz.py --cases 2000`` runs
more. Numbers of thousands of digits (``HUGE_NUMBERS``) are left out here: the figures' amount
parser gives their range message, and the bench run lists what it still says.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.mutations import cases, check

CASES = 120


def test_broken_data_files_get_a_document_or_a_message(tmp_path: Path) -> None:
    wrong = []
    for case in cases(CASES, huge_numbers=False):
        problem = check(case, tmp_path)
        if problem:
            wrong.append(f"{case}\n    {problem.strip()[:400]}")
    assert not wrong, f"{len(wrong)} of {CASES} cases went wrong:\n" + "\n".join(wrong)


@pytest.mark.parametrize("mutation", ["control character", "deep nesting", "not a number", "long string", "retype"])
def test_the_cases_cover_every_kind_of_mutation(mutation: str) -> None:
    assert any(mutation in " ".join(case.mutations) for case in cases(CASES, huge_numbers=False))

"""``drafter import`` measured on real reports kept in the repository (tests/data/reports), against
the data files a person wrote from them (examples/): as text and as a Word document made from the
text paragraph by paragraph, at least 80% of the person's values at the right field with the right
amount, at most 2% of the values compared wrong. bench/import_corpus.py prints the same per report."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from tests.import_measure import Score, compare, docx_from_text, import_file

REPORTS = Path(__file__).parent / "data" / "reports"
PAIRS = (
    ("tianjin-dongli-2024-summary.txt", "dongli-2024.json"),
    ("tianjin-jinghai-2023-self-evaluation.txt", "jinghai-2023-self-evaluation.json"),
    ("hangzhou-linping-2024-summary-and-plan.txt", "linping-2024-summary-and-plan.json"),
    ("tianjin-dongli-2022-plan.txt", "dongli-2022-plan.json"),
)


@pytest.mark.parametrize("form", ["txt", "docx"])
def test_real_reports_come_back_as_their_data_files(tmp_path: Path, form: str) -> None:
    total = Score()
    for report, example in PAIRS:
        source = REPORTS / report
        path = source if form == "txt" else docx_from_text(source, tmp_path)
        data, _ = import_file(path, EXAMPLES / example)
        score = compare(EXAMPLES / example, data)
        assert score.found_share >= 0.6, (report, score.lines)
        total += score
    assert total.found_share >= 0.8, total.lines
    assert total.wrong_share <= 0.02, total.lines


def test_the_summary_a_person_wrote_up_is_found_almost_whole() -> None:
    """Dongli 2024: only the figures the person counted from names (4 new kindergartens named one
    by one, 1 school, 1 agreement) and one amount said as 总金额 are not found."""
    data, _ = import_file(REPORTS / "tianjin-dongli-2024-summary.txt", EXAMPLES / "dongli-2024.json")
    score = compare(EXAMPLES / "dongli-2024.json", data)
    assert score.wrong == 0 and score.missed <= 4, score.lines

"""Long titles break into balanced lines at word seams (GB/T 9704-2012 7.3.1)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafter.writers.measure import text_width
from drafter.writers.title_lines import balanced_lines

WIDTH = 20  # 2号 characters on the 156 mm line


@pytest.mark.parametrize(
    ("title", "lines"),
    [
        ("天津市东丽区2024年教育工作总结", ["天津市东丽区2024年教育工作总结"]),
        (  # as the Dongli 2022 plan was issued
            "天津市东丽区教育局关于印发《天津市东丽区2022年教育工作要点》的通知",
            ["天津市东丽区教育局关于印发", "《天津市东丽区2022年教育工作要点》", "的通知"],
        ),
        (  # the quoted title on its own line even where it would fit with 的通知
            "天津市东丽区教育局关于印发《东丽区2022年教育工作要点》的通知",
            ["天津市东丽区教育局关于印发", "《东丽区2022年教育工作要点》", "的通知"],
        ),
        (  # a quoted title too long for one line breaks inside the 书名号, between words
            "天津市东丽区教育局关于印发《东丽区关于进一步加强中小学生体质健康管理工作的实施意见》的通知",
            ["天津市东丽区教育局关于印发", "《东丽区关于进一步加强", "中小学生体质健康管理工作的实施意见》", "的通知"],
        ),
        ("区教育局关于印发《2022年工作要点》的通知", ["区教育局关于印发《2022年工作要点》的通知"]),  # fits
        (
            "天津市静海区人民政府关于2023年度履行教育职责情况的自评报告",
            ["天津市静海区人民政府", "关于2023年度履行教育职责情况的自评报告"],
        ),
        ("杭州市临平区教育局2024年工作总结及2025年工作思路", ["杭州市临平区教育局", "2024年工作总结及2025年工作思路"]),
        ("关于进一步加强中小学生体质健康管理工作的实施意见（试行）", ["关于进一步加强中小学生体质健康", "管理工作的实施意见（试行）"]),
    ],
)
def test_breaks_at_the_seams_of_a_title(title: str, lines: list[str]) -> None:
    assert balanced_lines(title, WIDTH) == lines


def test_a_title_with_curly_quotes_leaves_no_character_alone() -> None:
    """The quotes are set full width, so these 21 characters do not fit on one line of 20: left
    to Word the title would wrap by itself and put 稿 alone on the second line."""
    lines = balanced_lines("青溪县“双减”工作落实情况专项督查报告书稿", WIDTH)
    assert len(lines) == 2 and min(len(line) for line in lines) >= 8
    assert all(text_width(line) <= WIDTH for line in lines)


def test_widths_count_chinese_quotes_and_dashes_as_whole_characters() -> None:
    assert text_width("“双减”") == 4
    assert text_width("——…·") == 4
    assert text_width("2024年") == 3
    assert text_width("ＡＢ") == 2  # full-width Latin
    assert text_width("ab,") == 1.5


def test_the_clerks_own_line_breaks_are_kept() -> None:
    assert balanced_lines("天津市东丽区教育局\n2024年工作总结", WIDTH) == ["天津市东丽区教育局", "2024年工作总结"]


def test_upper_line_is_not_longer_than_the_lower_one_for_two_lines() -> None:
    top, bottom = balanced_lines("天津市静海区人民政府关于2023年度履行教育职责情况的自评报告", WIDTH)
    assert text_width(top) <= text_width(bottom)


_CHUNK = st.sampled_from(
    ["天津市", "东丽区", "教育局", "关于", "印发", "2024年", "《教育工作要点》", "学前教育", "普惠", "的通知", "123"]
)


@given(st.lists(_CHUNK, min_size=1, max_size=14))
def test_lines_fit_keep_every_character_and_never_split_a_number(chunks: list[str]) -> None:
    title = "".join(chunks)
    lines = balanced_lines(title, WIDTH)
    assert "".join(lines) == title
    assert all(text_width(line) <= WIDTH for line in lines)
    for upper, lower in zip(lines, lines[1:]):
        assert not (upper[-1].isdigit() and lower[0].isdigit())
        assert lower[0] not in "》）〕，。" and upper[-1] not in "《（〔"

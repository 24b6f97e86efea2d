"""Plan against actual: a summary says how each target of the year's plan went."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from drafter.compose.prose.numbers import NumberWriter
from drafter.compose.prose.targets import TargetWriter, completion_percent
from drafter.model import Report
from tests.conftest import MINIMAL_META, ROOT, document_text


def _plan(tmp_path: Path, **sections: object) -> Path:
    data = {"meta": {**MINIMAL_META, "kind": "plan", "date": "2024-02-20"}, **sections}
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("actual", "target", "said"),
    [
        (1170, 1350, "新增学前学位1170个，完成年度目标（1350个）的86.7%。"),
        (1350, 1350, "新增学前学位1350个，完成年度目标。"),
        (1500, 1350, "新增学前学位1500个，超额完成年度目标（1350个）。"),
        (2999, 3000, "新增学前学位2999个，完成年度目标（3000个）的99.97%。"),  # 1 decimal would read 100.0
    ],
)
def test_a_count_under_exactly_and_over_its_target(build, report_data, tmp_path, actual, target, said) -> None:
    plan = _plan(tmp_path, education={"preschool": {"new_places": target}})
    text = document_text(build(report_data(education={"preschool": {"new_places": actual}}), "--plan", str(plan)))
    assert said in text


def test_targets_can_be_in_the_data_itself(build, report_data) -> None:
    data = report_data(education={"preschool": {"new_places": {"value": 1170, "target": 1350}}})
    assert "新增学前学位1170个，完成年度目标（1350个）的86.7%。" in document_text(build(data))


def test_without_a_target_nothing_is_said(build, report_data, tmp_path) -> None:
    plan = _plan(tmp_path, education={"compulsory": {"new_places": 1530}})
    text = document_text(build(report_data(education={"preschool": {"new_places": 1170}}), "--plan", str(plan)))
    assert "新增学前学位1170个。" in text
    assert "目标" not in text
    assert "1530" not in text  # a target without a result is not reported


def test_rates_fall_short_in_percentage_points(build, report_data, tmp_path) -> None:
    plan = _plan(tmp_path, teachers={"staffing": {"exchange_rate": {"value": "10%", "target": "20%"}}})
    text = document_text(build(report_data(teachers={"staffing": {"exchange_rate": "18.8%"}}), "--plan", str(plan)))
    assert "18.8%，距年度目标（20%）还差1.2个百分点" in text


def test_a_floor_target_is_met_not_exceeded(build, report_data, tmp_path) -> None:
    plan = _plan(tmp_path, education={"special": {"disabled_enrollment_rate": "95%以上"}})
    text = document_text(build(report_data(education={"special": {"disabled_enrollment_rate": "98.5%"}}), "--plan", str(plan)))
    assert "入学率达到98.5%，完成年度目标（95%以上）。" in text


def test_lower_is_better_for_myopia(build, report_data) -> None:
    met = report_data(moral={"pe": {"myopia_rate": {"value": "49.8%", "target": "50%"}}})
    assert "学生总体近视率为49.8%，控制在年度目标（50%）以内。" in document_text(build(met))
    short = report_data(moral={"pe": {"myopia_rate": {"value": "51%", "target": "50%"}}})
    assert "学生总体近视率为51%，距年度目标（50%）还差1个百分点。" in document_text(build(short))


def test_the_data_files_own_target_wins_over_the_plan(build, report_data, tmp_path) -> None:
    plan = _plan(tmp_path, education={"preschool": {"new_places": 2000}})
    data = report_data(education={"preschool": {"new_places": {"value": 1170, "target": 1170}}})
    assert "新增学前学位1170个，完成年度目标。" in document_text(build(data, "--plan", str(plan)))


def test_custom_figures_are_matched_by_name(build, report_data, tmp_path) -> None:
    plan = _plan(tmp_path, moral={"ideology": {"custom": [{"name": "建设名师工作室", "value": 8, "unit": "个"}]}})
    data = report_data(moral={"ideology": {"custom": [{"name": "建设名师工作室", "value": 6, "unit": "个"}]}})
    assert "建设名师工作室6个，完成年度目标（8个）的75%。" in document_text(build(data, "--plan", str(plan)))


@pytest.mark.parametrize(
    ("plan_meta", "message"),
    [
        ({"kind": "summary"}, "这不是工作要点的数据文件"),
        ({"year": 2023}, "工作要点是2023年的"),
        (
            {"region": "浙江省", "district": "青溪县", "organ": "青溪县教育局"},
            "工作要点是青溪县的（青溪县教育局），数据文件写的是东丽区（天津市东丽区教育局）",
        ),
    ],
)
def test_a_plan_that_does_not_fit_is_refused(run_cli, report_data, tmp_path, plan_meta, message) -> None:
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps({"meta": {**MINIMAL_META, "kind": "plan", **plan_meta}, "education": {"preschool": {"new_places": 1}}}), encoding="utf-8")
    data = tmp_path / "data.json"
    data.write_text(json.dumps(report_data(education={"preschool": {"new_places": 1}}), ensure_ascii=False), encoding="utf-8")
    code, _, err = run_cli("build", str(data), "-o", "out.docx", "--plan", str(plan))
    assert code == 1 and message in err
    assert not (tmp_path / "out.docx").exists()


def test_last_years_dongli_plan_drives_a_summary(build, report_data) -> None:
    data = report_data(education={"preschool": {"new_places": 1170, "inclusive_coverage": "81.2%"}})
    data["meta"].update(year=2022, date="2022-12-30")
    text = document_text(build(data, "--plan", str(ROOT / "examples" / "dongli-2022-plan.json")))
    assert "新增学前学位1170个，完成年度目标（1350个）的86.7%" in text
    assert "普惠性幼儿园覆盖率达到81.2%，超额完成年度目标（80%）" in text


# -- the plan's own wording and the arithmetic --------------------------------------------------
def test_a_plan_figure_typed_as_one_number_is_its_target() -> None:
    report = Report.model_validate({"meta": {**MINIMAL_META, "kind": "plan"}, "education": {"preschool": {"new_places": 1350}}})
    figure = report.education.preschool.new_places
    assert figure is not None and figure.value is None and str(figure.target) == "1350"


def test_a_figure_needs_a_value_or_a_target(run_cli, report_data, tmp_path) -> None:
    data = tmp_path / "data.json"
    data.write_text(json.dumps(report_data(education={"preschool": {"new_places": {"previous_year": 2020}}}), ensure_ascii=False), encoding="utf-8")
    code, _, err = run_cli("build", str(data), "-o", "out.docx")
    assert code == 1 and "请填写本年数值（value）或目标值（target）" in err


def test_last_years_value_alone_says_nothing_until_this_years_is_entered(build, report_data) -> None:
    """A file started from last year's report (drafter import --next) carries last year's value."""
    text = document_text(build(report_data(education={"preschool": {"new_places": {"previous": 1093}, "public_share": "50%"}})))
    assert "1093" not in text and "50%" in text


def test_goal_wording() -> None:
    report = Report.model_validate(
        {
            "meta": {**MINIMAL_META, "kind": "plan"},
            "education": {"preschool": {"inclusive_coverage": "80%", "public_share": {"value": "45%", "target": "50%"}}},
            "moral": {"pe": {"myopia_rate": "50%"}},
        }
    )
    writer = TargetWriter(NumberWriter())
    assert writer.goal(report.education.preschool.inclusive_coverage) == "达到80%"
    assert writer.goal(report.education.preschool.public_share) == "由45%提高到50%"
    assert writer.goal(report.moral.pe.myopia_rate) == "控制在50%以内"


@pytest.mark.parametrize(
    ("value", "target", "percent"),
    [("1170", "1350", "86.7"), ("1", "3", "33.3"), ("2999", "3000", "99.97"), ("1", "16", "6.3")],
)
def test_completion_percent_rounds_half_up(value, target, percent) -> None:
    assert completion_percent(Decimal(value), Decimal(target)) == Decimal(percent)


def test_a_plan_names_a_counts_target_as_it_is_and_a_rates_as_a_goal(build) -> None:
    """Figures the plan's templates leave to the end of a part read as tasks, not as 达到3次."""
    data = {
        "meta": {**MINIMAL_META, "kind": "plan", "date": "2024-02-20"},
        "support": {"safety": {"food_safety_checks": "3轮次", "legal_vice_principals": 120}},
    }
    text = document_text(build(data))
    assert "开展学校食品安全检查3轮次" in text and "聘任兼职法治副校长120名" in text
    assert "达到3轮次" not in text


def test_a_summarys_target_with_no_result_is_stated_never_said_as_reached(build, report_data) -> None:
    """A target nobody reached yet is 年度目标为…, also where a template wrote the figure's other
    words itself (the loan amount after 为…名学生办理贷款) or the clerk named it (其他数据)."""
    data = report_data(support={"aid": {"loan_students": 139, "loan_amount": {"target": "369.5"}},
                                "funding": {"custom": [{"name": "建成家长学校", "value": {"target": 45}, "unit": "所"}]}})
    text = document_text(build(data))
    assert "生源地信用助学贷款金额的年度目标为369.5万元" in text and "建成家长学校的年度目标为45所" in text
    assert "达到369.5" not in text and "达到45" not in text

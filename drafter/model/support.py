"""综合保障: 经费, 数字化, 安全, 信访维稳, 校外培训治理, 学生资助, 卫生健康."""

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict

from drafter.model.figure import Count, Fig, Money, Rate
from drafter.model.section import Part, Section, part


class Funding(Part):
    model_config = ConfigDict(title="教育经费")

    general_budget: Annotated[
        Fig,
        Money(
            "一般公共预算教育经费",
            help="本年一般公共预算安排的教育经费；填上年数值时自动写出增长幅度",
        ),
    ] = None
    budget_share: Annotated[
        Fig,
        Rate(
            "一般公共预算教育经费占一般公共预算支出的比例",
            help="对比的不是上一年时，在“对比年份”填那一年",
        ),
    ] = None
    period_total: Annotated[
        Fig,
        Money(
            "五年规划期以来财政教育总投入",
            help="如“十四五”以来的累计投入，可写“超过68.31亿元”",
        ),
    ] = None
    per_student_public: Annotated[
        Fig, Money("生均一般公共预算公用经费", "元", help="义务教育阶段，单位为元")
    ] = None


class Digital(Part):
    model_config = ConfigDict(title="教育数字化")

    new_digital_campuses: Annotated[
        Fig, Count("完成数字化校园基础设施建设的新建学校", "所")
    ] = None
    smart_campus_upgrades: Annotated[
        Fig, Count("完成智慧校园基础设施改造的学校", "所")
    ] = None
    trainings: Annotated[Fig, Count("师生信息素养和网络安全培训", "场")] = None


class Safety(Part):
    model_config = ConfigDict(title="校园安全")

    inspections: Annotated[Fig, Count("全覆盖安全隐患督查", "次")] = None
    drill_schools: Annotated[Fig, Count("开展安全演练的中小学幼儿园", "所")] = None
    open_kitchen_rate: Annotated[Fig, Rate("“互联网+明厨亮灶”覆盖率")] = None
    renovated_schools: Annotated[
        Fig, Count("完成修缮、改造工程的学校", "所", help="校舍修缮与改造一并实施的学校")
    ] = None
    repaired_schools: Annotated[Fig, Count("完成修缮工程的学校", "所")] = None
    hazards_fixed: Annotated[Fig, Count("排查整改安全隐患", "处")] = None
    accompanied_meals: Annotated[
        Fig, Count("学校负责人陪餐", "人次", help="落实陪餐制度，学校负责人与学生共同用餐的人次")
    ] = None


class Petitions(Part):
    model_config = ConfigDict(title="信访维稳")

    visit_batches: Annotated[Fig, Count("接待群众来访", "批")] = None
    visitors: Annotated[Fig, Count("来访群众", "人次")] = None
    online_cases: Annotated[Fig, Count("网络信访件", "件")] = None


class Tutoring(Part):
    model_config = ConfigDict(title="校外培训治理")

    inspections: Annotated[Fig, Count("校外培训机构检查", "家次")] = None
    violations_handled: Annotated[Fig, Count("查处违规培训", "起")] = None


class StudentAid(Part):
    model_config = ConfigDict(title="学生资助")

    students: Annotated[Fig, Count("资助学生", "名")] = None
    funds: Annotated[Fig, Money("拨付资助金", help="可写“369.9万余元”")] = None
    loan_students: Annotated[Fig, Count("办理生源地信用助学贷款学生", "名")] = None
    loan_amount: Annotated[Fig, Money("生源地信用助学贷款金额")] = None


class Health(Part):
    model_config = ConfigDict(title="卫生健康")

    vision_screenings: Annotated[Fig, Count("中小学生视力筛查", "人次")] = None
    tb_screenings: Annotated[Fig, Count("结核病筛查", "人次")] = None
    nurse_trainings: Annotated[Fig, Count("校医技能培训", "场")] = None


class Inspection(Part):
    model_config = ConfigDict(title="教育督导")

    inspectors: Annotated[Fig, Count("责任督学", "名", help="挂牌督导的责任督学人数")] = None
    coverage_rate: Annotated[
        Fig, Rate("责任督学挂牌督导覆盖率", help="有挂牌责任督学的学校占全部学校的比例")
    ] = None


class Support(Section):
    model_config = ConfigDict(title="综合保障")

    funding: Funding = part(Funding)
    digital: Digital = part(Digital)
    safety: Safety = part(Safety)
    petitions: Petitions = part(Petitions)
    tutoring: Tutoring = part(Tutoring)
    aid: StudentAid = part(StudentAid)
    health: Health = part(Health)
    inspection: Inspection = part(Inspection)

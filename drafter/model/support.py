"""综合保障: 经费, 学校建设, 数字化, 安全, 信访维稳, 校外培训治理, 学生资助, 卫生健康, 督导."""

from typing import Annotated, ClassVar

from pydantic import ConfigDict, Field

from drafter.model.defaults import empty_list
from drafter.model.figure import Count, Fig, Money, Quantity, Rate
from drafter.model.items import Fund, Project
from drafter.model.relations import AtMost, Cumulative, Relations
from drafter.model.section import Part, Section, part


class Funding(Part):
    model_config = ConfigDict(title="教育经费")

    general_budget: Annotated[
        Fig,
        Money(
            "一般公共预算教育经费",
            help="本年一般公共预算安排的教育经费；填上年数值时自动写出增长幅度",
            say="一般公共预算教育经费{}",
        ),
    ] = None
    budget_share: Annotated[
        Fig,
        Rate(
            "一般公共预算教育经费占一般公共预算支出的比例",
            help="对比的不是上一年时，在“对比年份”填那一年",
            say="一般公共预算教育经费占一般公共预算支出的比例{}",
        ),
    ] = None
    period_total: Annotated[
        Fig,
        Money(
            "五年规划期以来财政教育总投入",
            help="如“十四五”以来的累计投入，可写“超过68.31亿元”",
            say="“{plan_period}”以来，财政教育总投入{}",
        ),
    ] = None
    per_student_public: Annotated[
        Fig, Money("生均一般公共预算公用经费", "元", help="义务教育阶段，单位为元", say="义务教育生均一般公共预算公用经费{}")
    ] = None
    total_input: Annotated[Fig, Money("教育经费总投入", help="各种来源的教育经费合计", say="教育经费总投入{}")] = None
    public_funding: Annotated[Fig, Money("财政性教育经费", say="财政性教育经费{}")] = None
    superior_funds: Annotated[Fig, Money("争取上级教育资金", help="中央、省、市下达的各类教育资金", say="争取 上级教育资金{}")] = None
    surcharges: Annotated[Fig, Money("征收教育费附加和地方教育附加", say="征收 教育费附加和地方教育附加{}")] = None
    per_student_preschool: Annotated[Fig, Money("幼儿园生均一般公共预算教育经费", "元", say="幼儿园生均一般公共预算教育经费{}")] = None
    per_student_primary: Annotated[Fig, Money("小学生均一般公共预算教育经费", "元", say="小学生均一般公共预算教育经费{}")] = None
    per_student_junior: Annotated[Fig, Money("初中生均一般公共预算教育经费", "元", say="初中生均一般公共预算教育经费{}")] = None
    per_student_high: Annotated[Fig, Money("普通高中生均一般公共预算教育经费", "元", say="普通高中生均一般公共预算教育经费{}")] = None
    funds: list[Fund] = Field(
        default_factory=empty_list,
        title="专项资金和项目投入",
        description="每笔一条：名称、金额、用途、惠及人数",
    )

    relations: ClassVar[Relations] = (
        AtMost("general_budget", "public_funding", because="一般公共预算教育经费是财政性教育经费的一部分"),
        AtMost("public_funding", "total_input", because="财政性教育经费是教育经费总投入的一部分"),
        AtMost("general_budget", "period_total", because="五年规划期以来的累计投入包括本年的投入"),
        Cumulative("period_total", because="五年规划期以来的累计投入只增不减"),
    )


class Digital(Part):
    model_config = ConfigDict(title="教育数字化")

    new_digital_campuses: Annotated[
        Fig, Count("完成数字化校园基础设施建设的新建学校", "所", say="{}新建学校完成数字化校园基础设施建设")
    ] = None
    smart_campus_upgrades: Annotated[
        Fig, Count("完成智慧校园基础设施改造的学校", "所", say="{}学校完成智慧校园基础设施改造")
    ] = None
    trainings: Annotated[Fig, Count("师生信息素养和网络安全培训", "场", say="开展 师生信息素养和网络安全培训{}")] = None
    internet_rate: Annotated[Fig, Rate("中小学互联网接入率", say="中小学互联网接入率{}")] = None
    multimedia_classrooms: Annotated[Fig, Count("多媒体教室", "间", say="建成 多媒体教室{}")] = None
    multimedia_rate: Annotated[Fig, Rate("多媒体教室占普通教室的比例", say="多媒体教室占普通教室的比例{}")] = None
    smart_classrooms: Annotated[Fig, Count("智慧教室", "间", say="建成 智慧教室{}")] = None
    terminals: Annotated[Fig, Count("师生教学终端", "台", say="配备 师生教学终端{}")] = None
    platform_users: Annotated[Fig, Count("国家智慧教育平台注册师生", "人", say="推动 师生注册使用国家智慧教育平台{}")] = None


class Safety(Part):
    model_config = ConfigDict(title="校园安全")

    inspections: Annotated[Fig, Count("全覆盖安全隐患督查", "次", say="开展 全覆盖安全隐患督查{}")] = None
    drill_schools: Annotated[Fig, Count("开展安全演练的中小学幼儿园", "所", say="{}中小学幼儿园开展安全演练")] = None
    open_kitchen_rate: Annotated[Fig, Rate("“互联网+明厨亮灶”覆盖率", say="“互联网+明厨亮灶”覆盖率{}")] = None
    renovated_schools: Annotated[
        Fig, Count("完成修缮、改造工程的学校", "所", help="校舍修缮与改造一并实施的学校", say="{}学校完成修缮、改造工程")
    ] = None
    repaired_schools: Annotated[Fig, Count("完成修缮工程的学校", "所", say="{}学校完成修缮工程")] = None
    inspection_staff: Annotated[Fig, Count("出动安全检查人员", "人次", say="出动 安全检查人员{}")] = None
    hazards_fixed: Annotated[
        Fig, Count("排查整改安全隐患", "处", units=("处", "个", "项", "条"), say="排查整改 安全隐患{}")
    ] = None
    legal_vice_principals: Annotated[
        Fig, Count("聘任兼职法治副校长", "名", help="公安、检察、法院、司法、消防等部门干部担任", say="聘任 兼职法治副校长{}")
    ] = None
    food_safety_checks: Annotated[
        Fig, Count("开展学校食品安全检查", "次", help="食堂、校外供餐等检查", units=("次", "轮次", "场次"), say="开展 学校食品安全检查{}")
    ] = None
    food_issues_fixed: Annotated[
        Fig, Count("发现并整改食品安全问题", "个", units=("个", "项", "处", "条"), say="发现并整改 食品安全问题{}", zero="未发现食品安全问题")
    ] = None
    accompanied_meals: Annotated[
        Fig, Count("学校负责人陪餐", "人次", help="落实陪餐制度，学校负责人与学生共同用餐的人次", say="学校负责人陪餐{}")
    ] = None
    guard_rate: Annotated[Fig, Rate("专职保安员配备率", say="专职保安员配备率{}")] = None
    closed_campus_rate: Annotated[Fig, Rate("封闭化管理达标率", say="封闭化管理达标率{}")] = None
    alarm_rate: Annotated[Fig, Rate("一键式紧急报警和视频监控与公安联网率", say="一键式紧急报警和视频监控与公安联网率{}")] = None
    drills: Annotated[Fig, Count("应急疏散演练", "次", say="开展 应急疏散演练{}")] = None
    safety_lessons: Annotated[Fig, Count("安全教育活动", "场次", say="开展 安全教育活动{}")] = None
    parent_letters: Annotated[Fig, Count("发放《致家长的一封信》", "份", say="发放 《致家长的一封信》{}")] = None
    bullying_checks: Annotated[Fig, Count("学生欺凌专项排查", "次", say="开展 学生欺凌专项排查{}")] = None


class Petitions(Part):
    model_config = ConfigDict(title="信访维稳")

    visit_batches: Annotated[Fig, Count("接待群众来访", "批", say="接待 群众来访{}")] = None
    visitors: Annotated[Fig, Count("来访群众", "人次", say="接待 群众来访{}")] = None
    online_cases: Annotated[Fig, Count("网络信访件", "件", say="办理 网络信访件{}")] = None


class Tutoring(Part):
    model_config = ConfigDict(title="校外培训治理")

    inspections: Annotated[Fig, Count("校外培训机构检查", "家次", say="检查 校外培训机构{}")] = None
    violations_handled: Annotated[Fig, Count("查处违规培训", "起", say="查处 违规培训{}", zero="未发现违规培训行为")] = None
    institutions: Annotated[Fig, Count("现有校外培训机构", "家", say="现有 校外培训机构{}")] = None
    closed_institutions: Annotated[Fig, Count("压减学科类校外培训机构", "家", say="压减 学科类校外培训机构{}")] = None


class StudentAid(Part):
    model_config = ConfigDict(title="学生资助")

    students: Annotated[Fig, Count("资助学生", "名", say="资助 学生{}")] = None
    funds: Annotated[Fig, Money("拨付资助金", help="可写“369.9万余元”", say="拨付 资助金{}")] = None
    loan_students: Annotated[Fig, Count("办理生源地信用助学贷款学生", "名", say="为{}学生办理生源地信用助学贷款")] = None
    loan_amount: Annotated[Fig, Money("生源地信用助学贷款金额", say="办理 生源地信用助学贷款{}")] = None
    nutrition_students: Annotated[Fig, Count("营养改善计划受益学生", "人", say="营养改善计划惠及学生{}")] = None
    nutrition_funds: Annotated[Fig, Money("营养改善计划资金", say="落实 营养改善计划资金{}")] = None
    programmes: list[Fund] = Field(
        default_factory=empty_list,
        title="资助项目",
        description="每个资助项目一条：名称、金额、惠及人数，如“发放普通高中国家助学金”",
    )


class Health(Part):
    model_config = ConfigDict(title="卫生健康")

    vision_screenings: Annotated[Fig, Count("中小学生视力筛查", "人次", say="完成 中小学生视力筛查{}")] = None
    tb_screenings: Annotated[Fig, Count("结核病筛查", "人次", say="完成 结核病筛查{}")] = None
    nurse_trainings: Annotated[Fig, Count("校医技能培训", "场", say="开展 校医技能培训{}")] = None
    school_doctors: Annotated[Fig, Count("校医和保健教师", "名", say="配备 校医和保健教师{}")] = None
    health_lessons: Annotated[Fig, Count("健康教育课和讲座", "场次", say="开设 健康教育课和讲座{}")] = None


class Inspection(Part):
    model_config = ConfigDict(title="教育督导")

    inspectors: Annotated[Fig, Count("责任督学", "名", help="挂牌督导的责任督学人数", say="配备 责任督学{}")] = None
    coverage_rate: Annotated[
        Fig, Rate("责任督学挂牌督导覆盖率", help="有挂牌责任督学的学校占全部学校的比例", say="责任督学挂牌督导覆盖率{}")
    ] = None
    routine_visits: Annotated[Fig, Count("经常性督导", "次", say="开展 经常性督导{}")] = None
    thematic_inspections: Annotated[Fig, Count("专项督导", "次", help="开学、招生、“双减”、防欺凌等专项督导", say="开展 专项督导{}")] = None
    issues_found: Annotated[Fig, Count("督导发现问题", "个", say="督导发现问题{}", zero="督导未发现问题")] = None
    rectification_rate: Annotated[Fig, Rate("督导发现问题整改率", say="督导发现问题整改率{}")] = None


class Construction(Part):
    model_config = ConfigDict(title="学校建设")

    projects_total: Annotated[Fig, Count("实施学校建设项目", "个", say="实施 学校建设项目{}")] = None
    completed_projects: Annotated[Fig, Count("竣工投用的学校建设项目", "个", say="{}项目竣工投用")] = None
    investment: Annotated[Fig, Money("学校建设投资", say="完成 学校建设投资{}")] = None
    new_places: Annotated[Fig, Count("学校建设新增学位", "个", say="新增 学位{}")] = None
    new_floor_area: Annotated[Fig, Quantity("新建、改扩建校舍面积", "平方米", help="可写 16.74万平方米", say="新建、改扩建 校舍{}")] = None
    projects: list[Project] = Field(
        default_factory=empty_list,
        title="建设项目",
        description="每个项目一条：名称、建设方式、占地、建筑面积、投资、新增学位、进度",
    )

    relations: ClassVar[Relations] = (
        AtMost("completed_projects", "projects_total", because="竣工投用的项目是实施的项目的一部分"),
    )


class Support(Section):
    model_config = ConfigDict(title="综合保障")

    funding: Funding = part(Funding)
    construction: Construction = part(Construction)
    digital: Digital = part(Digital)
    safety: Safety = part(Safety)
    petitions: Petitions = part(Petitions)
    tutoring: Tutoring = part(Tutoring)
    aid: StudentAid = part(StudentAid)
    health: Health = part(Health)
    inspection: Inspection = part(Inspection)

"""各类教育: 学前, 义务, 高中, 职业, 特殊, 终身/社区."""

from typing import Annotated, ClassVar

from pydantic import ConfigDict

from drafter.model.figure import Count, Fig, Money, Quantity, Rate
from drafter.model.relations import AtMost, Relations
from drafter.model.section import Part, Section, part


class Preschool(Part):
    model_config = ConfigDict(title="学前教育")

    new_kindergartens: Annotated[
        Fig, Count("新建成幼儿园", "所", help="本年建成（含已投入使用和具备使用条件）的幼儿园", say="新建成 幼儿园{}")
    ] = None
    new_places: Annotated[Fig, Count("新增学前学位", "个", say="新增 学前学位{}")] = None
    converted_private: Annotated[
        Fig, Count("改制（转为公办）的民办幼儿园", "所", say="改制 {}民办幼儿园")
    ] = None
    public_share: Annotated[
        Fig, Rate("公办园在园幼儿占比", help="公办园在园幼儿数占在园幼儿总数的比例，俗称“公办率”", say="公办园在园幼儿占比{}")
    ] = None
    inclusive_coverage: Annotated[
        Fig,
        Rate(
            "普惠性幼儿园覆盖率",
            help="公办园和普惠性民办园在园幼儿占在园幼儿总数的比例，俗称“普惠率”",
            say="普惠性幼儿园覆盖率{}",
        ),
    ] = None
    gross_enrollment: Annotated[
        Fig,
        Rate(
            "学前三年毛入园率",
            help="在园幼儿数除以3至5岁适龄人口；可以超过100%",
            maximum=200,
            say="学前三年毛入园率{}",
        ),
    ] = None
    quality_share: Annotated[
        Fig,
        Rate(
            "学前教育优质率",
            help="在省、市等级幼儿园（优质园）就读的幼儿占在园幼儿总数的比例",
            say="学前教育优质率{}",
        ),
    ] = None
    public_kindergartens: Annotated[Fig, Count("公办幼儿园", "所", say="有 公办幼儿园{}")] = None
    inclusive_private_kindergartens: Annotated[Fig, Count("普惠性民办幼儿园", "所", say="有 普惠性民办幼儿园{}")] = None
    graded_kindergartens: Annotated[Fig, Count("省、市等级幼儿园", "所", say="有 省、市等级幼儿园{}")] = None
    fee_waiver_children: Annotated[Fig, Count("免除保育教育费惠及幼儿", "人", say="免除保育教育费惠及幼儿{}")] = None
    fee_waiver_funds: Annotated[Fig, Money("免除保育教育费资金", say="落实 免除保育教育费资金{}")] = None

    relations: ClassVar[Relations] = (
        AtMost("public_share", "inclusive_coverage", because="公办园都是普惠性幼儿园，公办园幼儿是普惠性幼儿园幼儿的一部分"),
    )


class Compulsory(Part):
    model_config = ConfigDict(title="义务教育")

    new_schools: Annotated[Fig, Count("新建成开学的义务教育学校", "所", say="建成开学 义务教育学校{}")] = None
    new_places: Annotated[Fig, Count("新增义务教育学位", "个", say="新增 义务教育学位{}")] = None
    communities: Annotated[
        Fig, Count("教学共同体和教育集团", "个", help="集团化办学、共同体建设的数量", say="组建 教学共同体和教育集团{}")
    ] = None
    group_activities: Annotated[
        Fig, Count("共同体和集团教研活动", "场", help="共同体、集团内组织的备考、教学研讨等活动", say="组织 共同体和集团教研活动{}")
    ] = None
    retention_rate: Annotated[Fig, Rate("九年义务教育巩固率", say="九年义务教育巩固率{}")] = None
    enrolment_rate: Annotated[Fig, Rate("义务教育入学率", say="义务教育入学率{}")] = None
    junior_retention_rate: Annotated[Fig, Rate("初中三年巩固率", say="初中三年巩固率{}")] = None
    returned_dropouts: Annotated[Fig, Count("劝返复学学生", "人", help="控辍保学工作中劝返的学生", say="劝返复学 学生{}")] = None
    nearby_rate: Annotated[Fig, Rate("就近入学比例", say="就近入学比例{}")] = None
    migrant_public_share: Annotated[
        Fig, Rate("随迁子女在公办学校就读比例", help="含政府购买学位的民办学校", say="随迁子女在公办学校就读比例{}")
    ] = None
    large_classes: Annotated[
        Fig, Count("56人以上大班额", "个", help="年底仍有的大班额数，为0时写0", lower_is_better=True, say="现有 56人以上大班额{}", zero="全面消除56人以上大班额")
    ] = None
    primary_disparity: Annotated[
        Fig,
        Quantity(
            "小学资源配置校际差异系数",
            "",
            help="优质均衡评估的7项资源配置指标的校际差异系数，小学不高于0.50为达标",
            lower_is_better=True,
            say="小学资源配置校际差异系数{}",
        ),
    ] = None
    junior_disparity: Annotated[
        Fig,
        Quantity("初中资源配置校际差异系数", "", help="初中不高于0.45为达标", lower_is_better=True, say="初中资源配置校际差异系数{}"),
    ] = None
    junior_exam_pass_rate: Annotated[
        Fig, Rate("初中学业水平考试合格率", help="也称初中毕业会考合格率；一次性合格率也填在这里", say="初中学业水平考试合格率{}")
    ] = None


class HighSchool(Part):
    model_config = ConfigDict(title="普通高中教育")

    new_schools: Annotated[Fig, Count("新建普通高中", "所", say="新建 普通高中{}")] = None
    places_share: Annotated[
        Fig, Rate("普通高中学位占比", help="普通高中学位占高中阶段学位的比例", say="普通高中学位占比{}")
    ] = None
    undergraduate_rate: Annotated[Fig, Rate("高考本科上线率", say="高考本科上线率{}")] = None
    undergraduates: Annotated[Fig, Count("高考本科上线", "人", say="高考本科上线{}")] = None
    academic_test_pass_rate: Annotated[
        Fig, Rate("普通高中学业水平考试合格率", help="学业水平合格性考试的（一次性）合格率", say="普通高中学业水平考试合格率{}")
    ] = None
    gross_enrolment: Annotated[
        Fig, Rate("高中阶段毛入学率", help="高中阶段在校生除以15至17岁人口；可以超过100%", maximum=200, say="高中阶段毛入学率{}")
    ] = None
    quota_share: Annotated[
        Fig, Rate("优质普通高中招生名额分配到初中的比例", help="优质均衡要求不低于50%", say="优质普通高中招生名额分配到初中的比例{}")
    ] = None


class Vocational(Part):
    model_config = ConfigDict(title="职业教育")

    first_prizes: Annotated[Fig, Count("职业院校技能大赛一等奖", "个", say="获得 职业院校技能大赛一等奖{}")] = None
    second_prizes: Annotated[Fig, Count("职业院校技能大赛二等奖", "个", say="获得 职业院校技能大赛二等奖{}")] = None
    third_prizes: Annotated[Fig, Count("职业院校技能大赛三等奖", "个", say="获得 职业院校技能大赛三等奖{}")] = None
    partnerships: Annotated[
        Fig, Count("新签校企、校校合作协议", "项", help="与高校、企业签订的共建合作协议", say="新签 校企、校校合作协议{}")
    ] = None
    employment_rate: Annotated[Fig, Rate("中职毕业生就业（升学）率", say="中职毕业生就业和升学率{}")] = None
    majors: Annotated[Fig, Count("中职学校开设专业", "个", say="中职学校开设专业{}")] = None
    order_classes: Annotated[Fig, Count("开设校企合作订单班", "个", help="与企业合作开设、按订单培养的班级", say="开设 校企合作订单班{}")] = None
    enrolment: Annotated[Fig, Count("中职招生", "人", say="中职学校招生{}")] = None
    social_training: Annotated[Fig, Count("面向社会开展职业技能培训", "人次", say="面向社会开展 职业技能培训{}")] = None


class Special(Part):
    model_config = ConfigDict(title="特殊教育")

    disabled_enrollment_rate: Annotated[
        Fig, Rate("适龄残疾儿童少年义务教育入学率", say="适龄残疾儿童少年义务教育入学率{}")
    ] = None
    resource_rooms: Annotated[Fig, Count("特殊教育资源教室", "间", say="建成 特殊教育资源教室{}")] = None
    home_teaching_students: Annotated[Fig, Count("送教上门学生", "名", say="为{}残疾学生提供送教上门服务")] = None
    inclusive_students: Annotated[Fig, Count("随班就读残疾学生", "名", say="安排 {}残疾学生随班就读")] = None
    resource_centres: Annotated[Fig, Count("特殊教育（融合教育）资源中心", "个", say="建成 特殊教育资源中心{}")] = None
    per_student_funds: Annotated[Fig, Money("特殊教育学校生均公用经费", "元", say="特殊教育学校生均公用经费{}")] = None


class Lifelong(Part):
    model_config = ConfigDict(title="终身教育和社区教育")

    community_schools: Annotated[
        Fig, Count("开通继续教育平台账号的社区教育学校", "个", say="{}社区教育学校开通继续教育平台账号")
    ] = None
    learners: Annotated[Fig, Count("社区教育和老年教育参与", "人次", say="社区教育和老年教育惠及群众{}")] = None
    community_colleges: Annotated[Fig, Count("社区学院（学校）", "所", say="建有 社区学院和社区学校{}")] = None
    senior_schools: Annotated[Fig, Count("老年大学（学校）", "所", say="建有 老年大学和老年学校{}")] = None
    courses: Annotated[Fig, Count("社区教育培训和讲座", "场次", say="举办 社区教育培训和讲座{}")] = None


class Education(Section):
    model_config = ConfigDict(title="各类教育")

    preschool: Preschool = part(Preschool)
    compulsory: Compulsory = part(Compulsory)
    high: HighSchool = part(HighSchool)
    vocational: Vocational = part(Vocational)
    special: Special = part(Special)
    lifelong: Lifelong = part(Lifelong)

"""教师队伍: 师德, recruitment and 交流轮岗 (with the 骨干 share), training."""

from typing import Annotated

from pydantic import ConfigDict

from drafter.model.figure import Count, Fig, Money, Rate
from drafter.model.section import Part, Section, part


class Ethics(Part):
    model_config = ConfigDict(title="师德师风")

    model_cases: Annotated[Fig, Count("宣传师德典型事迹", "例", say="宣传 师德典型事迹{}")] = None
    violations_handled: Annotated[Fig, Count("查处师德违规问题", "起", say="查处 师德违规问题{}", zero="未发生师德违规问题")] = None
    ethics_sessions: Annotated[Fig, Count("师德师风专题教育", "场次", say="开展 师德师风专题教育{}")] = None
    pledges: Annotated[Fig, Count("签订师德承诺书的教师", "人", say="组织 教师签订师德承诺书{}")] = None


class Staffing(Part):
    model_config = ConfigDict(title="教师招聘和交流轮岗")

    recruited: Annotated[Fig, Count("招聘教师", "名", help="本年落实的教师招聘计划", say="招聘 教师{}")] = None
    transferred: Annotated[Fig, Count("调动教师", "人", help="如暑期统筹调动的教师", say="统筹调动 教师{}")] = None
    exchanged: Annotated[Fig, Count("交流轮岗教师", "人", say="交流轮岗 教师{}")] = None
    exchange_rate: Annotated[
        Fig, Rate("交流轮岗教师占符合交流条件教师的比例", help="优质均衡要求不低于10%", say="交流轮岗教师占符合交流条件教师的比例{}")
    ] = None
    backbone_share: Annotated[
        Fig,
        Rate(
            "交流轮岗教师中骨干教师比例",
            help="骨干教师占交流轮岗教师的比例，优质均衡要求不低于20%",
            say="交流轮岗教师中骨干教师比例{}",
        ),
    ] = None
    welfare_post_exchanged: Annotated[Fig, Count("交流公益岗教师", "人", say="交流 公益岗教师{}")] = None
    primary_to_secondary: Annotated[Fig, Count("小学教师到中学任教", "名", say="{}小学教师到中学任教")] = None
    backbone_selected: Annotated[
        Fig, Count("遴选区（县）级骨干教师", "名", help="本年（或本轮）遴选认定的骨干教师", say="遴选 区（县）级骨干教师{}")
    ] = None
    talent_recruited: Annotated[
        Fig, Count("引进名优教师", "名", help="选调或面向全国招聘的名师、骨干等名优教师", say="引进 名优教师{}")
    ] = None
    special_post: Annotated[Fig, Count("招聘特岗教师", "名", say="招聘 特岗教师{}")] = None
    silver_teachers: Annotated[Fig, Count("招募银龄教师", "名", help="退休教师到校讲学、支教", say="招募 银龄教师{}")] = None
    rural_support: Annotated[
        Fig, Count("选派支教教师", "人", help="城区学校到乡村学校、薄弱学校或对口地区支教的教师", say="选派 支教教师{}")
    ] = None
    funded_graduates: Annotated[Fig, Count("接收公费师范毕业生", "名", say="接收 公费师范毕业生{}")] = None
    managed_by_county: Annotated[
        Fig, Count("实施“区（县）管校聘”管理改革的学校", "所", say="{}学校实施“区（县）管校聘”管理改革")
    ] = None


class Training(Part):
    model_config = ConfigDict(title="教师培训和教研")

    district_trainings: Annotated[Fig, Count("区（县）级培训", "场", say="开展 区（县）级培训{}")] = None
    trainees: Annotated[Fig, Count("培训教师", "人次", say="培训 教师{}")] = None
    principal_trainees: Annotated[
        Fig, Count("培训校长（园长）", "人次", help="校长任职资格、提高培训等", units=("人次", "人", "名"), say="培训 校长和园长{}")
    ] = None
    school_visits: Annotated[Fig, Count("入校指导学校", "所", say="入校指导 学校{}")] = None
    completion_rate: Annotated[Fig, Rate("教师5年360学时培训完成率", say="教师5年360学时培训完成率{}")] = None
    training_funds: Annotated[Fig, Money("教师培训经费", say="投入 教师培训经费{}")] = None
    training_funds_share: Annotated[
        Fig, Rate("教师培训经费占学校年度公用经费预算的比例", help="优质均衡要求不低于5%", say="教师培训经费占学校年度公用经费预算的比例{}")
    ] = None
    lesson_observations: Annotated[Fig, Count("课堂观察", "节", say="完成 课堂观察{}")] = None
    school_research: Annotated[Fig, Count("校本教研", "场", say="指导 校本教研{}")] = None
    thematic_research: Annotated[
        Fig, Count("专题教研", "场次", help="如幼小衔接、跨学科、“教—学—评”一体化等专题", say="组织 专题教研{}")
    ] = None
    quality_research: Annotated[
        Fig, Count("教学质量提升教研活动", "场", help="线上线下合计", say="开展 教学质量提升教研活动{}")
    ] = None
    research_projects: Annotated[
        Fig,
        Count(
            "立项教育科研课题",
            "项",
            help="省、市级等立项的课题和研究项目；分级别时写在“其中”，如 {\"省级\": 1, \"市级\": 8}",
            say="立项 教育科研课题{}",
        ),
    ] = None


class Structure(Part):
    model_config = ConfigDict(title="队伍结构和待遇")

    qualification_rate: Annotated[Fig, Rate("专任教师学历合格率", say="专任教师学历合格率{}")] = None
    bachelor_share: Annotated[Fig, Rate("专任教师本科及以上学历比例", say="专任教师本科及以上学历比例{}")] = None
    senior_titles: Annotated[Fig, Count("具有高级职称的教师", "人", say="有 高级职称教师{}")] = None
    backbone_teachers: Annotated[Fig, Count("区（县）级及以上骨干教师", "人", say="有 区（县）级及以上骨干教师{}")] = None
    master_teachers: Annotated[Fig, Count("名师、名校长和学科带头人", "人", say="有 名师、名校长和学科带头人{}")] = None
    studios: Annotated[Fig, Count("名师（名校长）工作室", "个", say="建成 名师和名校长工作室{}")] = None
    certified_rate: Annotated[Fig, Rate("专任教师持证上岗率", say="专任教师持证上岗率{}")] = None
    average_salary: Annotated[
        Fig, Money("义务教育教师年平均工资收入", "元", help="与当地公务员平均工资收入比较时写在“做法与成效”里", say="义务教育教师年平均工资收入{}")
    ] = None


class Teachers(Section):
    model_config = ConfigDict(title="教师队伍建设")

    ethics: Ethics = part(Ethics)
    staffing: Staffing = part(Staffing)
    training: Training = part(Training)
    structure: Structure = part(Structure)

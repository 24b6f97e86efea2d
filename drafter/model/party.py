"""党建: theory study, party organisations and members, new members, cadres, clean-school work."""

from typing import Annotated, ClassVar

from pydantic import ConfigDict

from drafter.model.figure import Count, Fig, Money, Rate
from drafter.model.relations import AtMost, Relations
from drafter.model.section import Part, Section, part


class TheoryStudy(Part):
    model_config = ConfigDict(title="政治建设和理论学习")

    study_sessions: Annotated[
        Fig,
        Count(
            "理论学习和宣讲",
            "场次",
            help="理论学习中心组学习、专题培训班、分层次宣讲等合计",
            say="开展 理论学习宣讲{}",
        ),
    ] = None
    seminars: Annotated[Fig, Count("专题研讨", "次", say="开展 专题研讨{}")] = None
    central_group_sessions: Annotated[Fig, Count("党委（党组）理论学习中心组集中学习", "次", say="开展 理论学习中心组集中学习{}")] = None
    participants: Annotated[Fig, Count("参加学习宣讲的党员干部和师生", "人次", say="理论学习宣讲覆盖党员干部和师生{}")] = None
    theme_days: Annotated[Fig, Count("主题党日活动", "场次", say="开展 主题党日活动{}")] = None
    education_meetings: Annotated[
        Fig,
        Count(
            "区（县）委、区（县）政府专题研究教育工作",
            "次",
            help="常委会、常务会、专题会议等研究、调度教育工作的次数",
            say="区（县）委、区（县）政府专题研究教育工作{}",
        ),
    ] = None


class Organisation(Part):
    model_config = ConfigDict(title="基层组织建设")

    organisations: Annotated[Fig, Count("基层党组织", "个", help="党委、党总支、党支部合计", say="有 基层党组织{}")] = None
    branches: Annotated[Fig, Count("党支部", "个", say="有 党支部{}")] = None
    members: Annotated[Fig, Count("党员", "名", help="教育系统党员总数", say="有 党员{}")] = None
    principal_system_schools: Annotated[
        Fig, Count("落实党组织领导的校长负责制学校", "所", say="{}学校落实党组织领导的校长负责制")
    ] = None
    principal_system_rate: Annotated[
        Fig, Rate("党组织领导的校长负责制覆盖率", help="符合条件的学校中已落实的比例", say="党组织领导的校长负责制覆盖率{}")
    ] = None
    project_organisations: Annotated[
        Fig, Count("立项实施党建项目的基层党组织", "个", say="{}基层党组织立项实施党建项目")
    ] = None
    key_projects: Annotated[
        Fig, Count("党建重点项目和创新项目", "个", help="从立项项目中择优确定的", say="择优确定 党建重点项目和创新项目{}")
    ] = None
    brands: Annotated[Fig, Count("党建品牌", "个", help="如“一校一品”党建品牌", say="培育 党建品牌{}")] = None
    private_school_organisations: Annotated[
        Fig, Count("民办学校（幼儿园）党组织", "个", help="含联合党支部", say="有 民办学校和幼儿园党组织{}")
    ] = None
    private_coverage_rate: Annotated[Fig, Rate("民办学校党组织覆盖率", say="民办学校党组织覆盖率{}")] = None
    re_elections: Annotated[Fig, Count("完成换届选举的基层党组织", "个", help="届满按期换届的党组织", say="{}基层党组织按期完成换届选举")] = None
    new_members: Annotated[Fig, Count("发展党员", "名", say="发展 党员{}")] = None
    activists: Annotated[Fig, Count("确定入党积极分子", "名", say="确定 入党积极分子{}")] = None
    cadres_promoted: Annotated[Fig, Count("新提拔使用科级干部", "名", say="新提拔使用 科级干部{}")] = None
    cadres_rotated: Annotated[Fig, Count("平职交流科级干部", "名", say="平职交流 科级干部{}")] = None
    cadre_trainees: Annotated[Fig, Count("干部培训", "人次", say="培训 干部{}")] = None

    relations: ClassVar[Relations] = (
        AtMost("branches", "organisations", because="基层党组织是党委、党总支、党支部的合计"),
    )


class Integrity(Part):
    model_config = ConfigDict(title="党风廉政和清廉学校建设")

    discipline_sessions: Annotated[Fig, Count("党纪学习教育", "场次", say="开展 党纪学习教育{}")] = None
    key_post_pledges: Annotated[
        Fig, Count("签订廉政责任书的重点岗位人员", "名", help="开展廉政风险排查时签订责任书的人数", say="与{}重点岗位人员签订廉政责任书")
    ] = None
    warning_sessions: Annotated[Fig, Count("警示教育", "次", say="开展 警示教育{}")] = None
    warning_attendees: Annotated[
        Fig, Count("警示教育覆盖人员", "人", help="参加警示教育的科级以上干部、重点岗位人员", say="警示教育覆盖干部和重点岗位人员{}")
    ] = None
    audits: Annotated[Fig, Count("审计项目", "个", say="完成 审计项目{}")] = None
    disciplinary_cases: Annotated[Fig, Count("纪律审查", "起", say="开展 纪律审查{}")] = None
    reminder_talks: Annotated[Fig, Count("提醒谈话、约谈", "人次", say="开展 提醒谈话和约谈{}")] = None
    refunded_fees: Annotated[Fig, Money("清退违规收费", "元", say="清退 违规收费{}")] = None


class Party(Section):
    model_config = ConfigDict(title="党的建设")

    theory: TheoryStudy = part(TheoryStudy)
    organisation: Organisation = part(Organisation)
    integrity: Integrity = part(Integrity)

"""教师队伍: 师德, recruitment and 交流轮岗 (with the 骨干 share), training."""

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict

from drafter.model.figure import Count, Fig, Rate
from drafter.model.section import Part, Section, part


class Ethics(Part):
    model_config = ConfigDict(title="师德师风")

    model_cases: Annotated[Fig, Count("宣传师德典型事迹", "例")] = None
    violations_handled: Annotated[Fig, Count("查处师德违规问题", "起")] = None


class Staffing(Part):
    model_config = ConfigDict(title="教师招聘和交流轮岗")

    recruited: Annotated[Fig, Count("招聘教师", "名", help="本年落实的教师招聘计划")] = None
    transferred: Annotated[Fig, Count("调动教师", "人", help="如暑期统筹调动的教师")] = None
    exchanged: Annotated[Fig, Count("交流轮岗教师", "人")] = None
    exchange_rate: Annotated[
        Fig, Rate("交流轮岗教师占符合交流条件教师的比例", help="优质均衡要求不低于10%")
    ] = None
    backbone_share: Annotated[
        Fig,
        Rate(
            "交流轮岗教师中骨干教师比例",
            help="骨干教师占交流轮岗教师的比例，优质均衡要求不低于20%",
        ),
    ] = None
    welfare_post_exchanged: Annotated[Fig, Count("交流公益岗教师", "人")] = None
    primary_to_secondary: Annotated[Fig, Count("小学教师到中学任教", "名")] = None
    backbone_selected: Annotated[
        Fig, Count("遴选区（县）级骨干教师", "名", help="本年（或本轮）遴选认定的骨干教师")
    ] = None


class Training(Part):
    model_config = ConfigDict(title="教师培训和教研")

    district_trainings: Annotated[Fig, Count("区（县）级培训", "场")] = None
    trainees: Annotated[Fig, Count("培训教师", "人次")] = None
    school_visits: Annotated[Fig, Count("入校指导学校", "所")] = None
    lesson_observations: Annotated[Fig, Count("课堂观察", "节")] = None
    school_research: Annotated[Fig, Count("校本教研", "场")] = None
    thematic_research: Annotated[
        Fig, Count("专题教研", "场次", help="如幼小衔接、跨学科、“教—学—评”一体化等专题")
    ] = None
    quality_research: Annotated[
        Fig, Count("教学质量提升教研活动", "场", help="线上线下合计")
    ] = None


class Teachers(Section):
    model_config = ConfigDict(title="教师队伍建设")

    ethics: Ethics = part(Ethics)
    staffing: Staffing = part(Staffing)
    training: Training = part(Training)

"""立德树人: 思政, 德育, 智育/课程, 体育, 美育, 劳动教育, 心理健康, 科学教育."""

from typing import Annotated, ClassVar

from pydantic import ConfigDict

from drafter.model.figure import Count, Fig, Quantity, Rate
from drafter.model.relations import AtMost, Relations
from drafter.model.section import Part, Section, part


class Ideology(Part):
    model_config = ConfigDict(title="思政课建设")

    course_resources: Annotated[
        Fig, Count("思政课程资源", "个", help="如新创建的红色乡土课程资源", say="创建 思政课程资源{}")
    ] = None
    demonstration_lessons: Annotated[Fig, Count("思政课示范课", "节", say="打造 思政课示范课{}")] = None
    practice_lessons: Annotated[
        Fig, Count("“行走的思政课”等实践活动", "场次", say="开展 “行走的思政课”等实践活动{}")
    ] = None
    full_time_teachers: Annotated[Fig, Count("思政课专职教师", "人", say="配备 思政课专职教师{}")] = None
    guest_teachers: Annotated[Fig, Count("思政课特聘教师", "人", say="聘请 思政课特聘教师{}")] = None
    participants: Annotated[Fig, Count("参加思政实践活动的师生", "人次", say="组织 师生参加思政实践活动{}")] = None
    leader_lessons: Annotated[
        Fig,
        Count(
            "领导干部进校园讲思政课、参加主题活动",
            "节次",
            help="区（县）级领导和教育工作领导小组成员联系学校、讲思政课的次数",
            say="领导干部进校园讲思政课、参加主题活动{}",
        ),
    ] = None


class MoralEducation(Part):
    model_config = ConfigDict(title="德育")

    model_schools: Annotated[
        Fig, Count("“三全育人”示范校", "所", help="市、区（县）级示范校合计", say="建设 “三全育人”示范校{}")
    ] = None
    family_trainings: Annotated[
        Fig, Count("德育干部和家庭教育骨干教师培训", "场", say="举办 德育干部和家庭教育骨干教师培训{}")
    ] = None
    parent_schools: Annotated[Fig, Count("家长学校", "所", say="建成 家长学校{}")] = None
    home_visits: Annotated[Fig, Count("教师家访", "人次", say="开展 教师家访{}")] = None
    civilised_campuses: Annotated[Fig, Count("文明校园", "所", help="各级文明校园合计；分级别的写在“荣誉和称号”里", say="现有 文明校园{}")] = None


class Teaching(Part):
    model_config = ConfigDict(title="智育和课程教学")

    interdisciplinary_bases: Annotated[Fig, Count("跨学科主题学习课程基地", "个", say="建设 跨学科主题学习课程基地{}")] = None
    teaching_forums: Annotated[Fig, Count("教学管理论坛和教学研讨", "场", say="举办 教学管理论坛和教学研讨{}")] = None
    after_school_rate: Annotated[Fig, Rate("课后服务学生参与率", say="课后服务学生参与率{}")] = None
    after_school_coverage: Annotated[Fig, Rate("课后服务学校覆盖率", help="义务教育学校中开展课后服务的比例", say="课后服务学校覆盖率{}")] = None
    quality_monitoring: Annotated[
        Fig, Rate("国家义务教育质量监测学科达标率", help="学业水平达到Ⅲ级及以上的比例", say="国家义务教育质量监测学科达标率{}")
    ] = None


class PhysicalEducation(Part):
    model_config = ConfigDict(title="体育")

    fitness_pass_rate: Annotated[
        Fig,
        Rate(
            "学生体质健康合格率",
            help="《国家学生体质健康标准》测试总分60分及以上的学生比例",
            say="学生体质健康合格率{}",
        ),
    ] = None
    fitness_good_rate: Annotated[
        Fig, Rate("学生体质健康优良率", help="测试成绩优秀和良好的学生比例", say="学生体质健康优良率{}")
    ] = None
    fitness_excellent_rate: Annotated[Fig, Rate("学生体质健康优秀率", say="学生体质健康优秀率{}")] = None
    myopia_rate: Annotated[
        Fig, Rate("学生总体近视率", help="目标值是要降到的水平", lower_is_better=True, say="学生总体近视率{}")
    ] = None
    new_myopia_rate: Annotated[Fig, Rate("新发近视率", lower_is_better=True, say="新发近视率{}")] = None
    obesity_rate: Annotated[Fig, Rate("学生超重肥胖率", lower_is_better=True, say="学生超重肥胖率{}")] = None
    sports_events: Annotated[Fig, Count("体育竞赛和体育节活动", "场次", say="举办 体育竞赛和体育节活动{}")] = None
    break_minutes: Annotated[
        Fig, Count("上下午大课间活动时间", "分钟", help="上午、下午各一次时填每次的时长", say="落实 上下午各{}大课间活动")
    ] = None
    football_schools: Annotated[
        Fig, Count("新命名全国青少年校园足球特色学校", "所", say="{}学校被命名为全国青少年校园足球特色学校")
    ] = None
    sports_schools: Annotated[Fig, Count("新命名区（县）级体育特色学校", "所", say="{}学校被命名为区（县）级体育特色学校")] = None

    relations: ClassVar[Relations] = (
        AtMost("fitness_good_rate", "fitness_pass_rate", because="体质健康优良的学生都是合格的"),
        AtMost("fitness_excellent_rate", "fitness_good_rate", because="优良率包括优秀的学生"),
    )


class Arts(Part):
    model_config = ConfigDict(title="美育")

    art_clubs: Annotated[Fig, Count("特色艺术社团", "个", say="成立 特色艺术社团{}")] = None
    interest_classes: Annotated[
        Fig, Count("少年宫兴趣班", "个", help="少年宫等校外教育阵地开设的兴趣班", say="依托少年宫开设 兴趣班{}")
    ] = None
    art_awards: Annotated[Fig, Count("艺术展演获奖作品", "件", say="学生艺术作品获奖{}")] = None
    art_events: Annotated[Fig, Count("艺术展演和校园艺术节活动", "场次", say="举办 艺术展演和校园艺术节活动{}")] = None
    art_participants: Annotated[Fig, Count("参加艺术节和艺术展演的学生", "人", say="参加艺术节和艺术展演的学生{}")] = None


class Labour(Part):
    model_config = ConfigDict(title="劳动教育")

    classrooms: Annotated[Fig, Count("劳动专用教室", "个", say="建有 劳动专用教室{}")] = None
    practice_bases: Annotated[Fig, Count("劳动实践基地", "个", say="建成 劳动实践基地{}")] = None
    weekly_hours: Annotated[Fig, Quantity("每周劳动教育课时", "课时", help="中小学每周劳动课的课时", say="中小学每周开设劳动教育课{}")] = None


class MentalHealth(Part):
    model_config = ConfigDict(title="心理健康教育")

    full_time_teachers: Annotated[Fig, Count("心理健康教育专职教师", "人", say="配备 心理健康教育专职教师{}")] = None
    staffed_school_rate: Annotated[
        Fig, Rate("配备心理健康教育教师的学校比例", say="配备心理健康教育教师的学校比例{}")
    ] = None
    screened_students: Annotated[Fig, Count("心理健康测评学生", "人次", say="开展 学生心理健康测评{}")] = None
    counselling_rooms: Annotated[Fig, Count("心理辅导室", "间", say="建成 心理辅导室{}")] = None
    counselling_rooms_rate: Annotated[Fig, Rate("心理辅导室建设达标率", say="心理辅导室建设达标率{}")] = None


class ScienceEducation(Part):
    model_config = ConfigDict(title="科学教育")

    partners: Annotated[
        Fig, Count("科学教育合作场馆和企业", "家", help="达成合作关系的科技场馆、企业等", say="与{}科技场馆和企业建立合作")
    ] = None
    activities: Annotated[Fig, Count("科普和科技实践活动", "场次", say="开展 科普和科技实践活动{}")] = None


class Moral(Section):
    model_config = ConfigDict(title="立德树人")

    ideology: Ideology = part(Ideology)
    moral: MoralEducation = part(MoralEducation)
    teaching: Teaching = part(Teaching)
    pe: PhysicalEducation = part(PhysicalEducation)
    arts: Arts = part(Arts)
    labour: Labour = part(Labour)
    mental: MentalHealth = part(MentalHealth)
    science: ScienceEducation = part(ScienceEducation)

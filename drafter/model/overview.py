"""基本情况: the place (区情), schools by type, students by stage and group, staff and teachers, school buildings."""

from typing import Annotated, ClassVar

from pydantic import ConfigDict

from drafter.model.figure import Count, Fig, Quantity, Ratio
from drafter.model.relations import AtMost, Quotient, Relations, SumOf
from drafter.model.section import Part


class Overview(Part):
    model_config = ConfigDict(title="基本情况")

    schools: Annotated[Fig, Count("各级各类学校", "所", help="全区（县）各级各类学校总数，含幼儿园", say="有 各级各类学校{}")] = None
    kindergartens: Annotated[Fig, Count("幼儿园", "所", say="有 幼儿园{}")] = None
    primary_schools: Annotated[Fig, Count("小学", "所", help="含九年一贯制学校的小学部时请在“做法与成效”中说明", say="有 小学{}")] = None
    junior_schools: Annotated[Fig, Count("初中", "所", say="有 初中{}")] = None
    through_schools: Annotated[Fig, Count("九年一贯制学校", "所", say="有 九年一贯制学校{}")] = None
    high_schools: Annotated[Fig, Count("普通高中", "所", help="含完全中学", say="有 普通高中{}")] = None
    vocational_schools: Annotated[Fig, Count("中等职业学校", "所", say="有 中等职业学校{}")] = None
    special_schools: Annotated[Fig, Count("特殊教育学校", "所", say="有 特殊教育学校{}")] = None
    central_primary_schools: Annotated[Fig, Count("中心小学", "所", help="小学中的中心小学", say="有 中心小学{}")] = None
    teaching_points: Annotated[Fig, Count("教学点", "个", say="有 教学点{}")] = None
    twelve_year_schools: Annotated[Fig, Count("十二年一贯制学校", "所", say="有 十二年一贯制学校{}")] = None
    complete_middle_schools: Annotated[Fig, Count("完全中学", "所", say="有 完全中学{}")] = None
    training_schools: Annotated[Fig, Count("教师发展（进修）学校", "所", say="有 教师进修学校{}")] = None
    private_schools: Annotated[Fig, Count("民办学校", "所", help="各类民办学校（含民办幼儿园）合计", say="有 民办学校{}")] = None
    classes: Annotated[Fig, Count("教学班", "个", help="中小学和幼儿园的班级合计", say="有 教学班{}")] = None
    # 学生
    students: Annotated[Fig, Count("在校学生", "人", help="各学段在校生（含在园幼儿）合计", say="有 在校学生{}")] = None
    preschool_children: Annotated[Fig, Count("在园幼儿", "人", say="有 在园幼儿{}")] = None
    primary_students: Annotated[Fig, Count("小学在校生", "人", say="有 小学在校生{}")] = None
    junior_students: Annotated[Fig, Count("初中在校生", "人", say="有 初中在校生{}")] = None
    high_students: Annotated[Fig, Count("普通高中在校生", "人", say="有 普通高中在校生{}")] = None
    vocational_students: Annotated[Fig, Count("中职在校生", "人", say="有 中职在校生{}")] = None
    special_students: Annotated[Fig, Count("特殊教育在校生", "人", say="有 特殊教育在校生{}")] = None
    migrant_children: Annotated[Fig, Count("随迁子女在校生", "人", help="进城务工人员随迁子女", say="有 随迁子女在校生{}")] = None
    left_behind_children: Annotated[Fig, Count("农村留守儿童", "人", say="有 农村留守儿童{}")] = None
    minority_students: Annotated[Fig, Count("少数民族学生", "人", say="有 少数民族学生{}")] = None
    boarders: Annotated[Fig, Count("寄宿生", "人", say="有 寄宿生{}")] = None
    # 教师
    staff: Annotated[Fig, Count("教职工", "人", say="有 教职工{}")] = None
    teachers: Annotated[Fig, Count("专任教师", "人", help="专任教师是教职工的一部分", say="有 专任教师{}")] = None
    preschool_teachers: Annotated[Fig, Count("幼儿园专任教师", "人", say="有 幼儿园专任教师{}")] = None
    primary_teachers: Annotated[Fig, Count("小学专任教师", "人", say="有 小学专任教师{}")] = None
    junior_teachers: Annotated[Fig, Count("初中专任教师", "人", say="有 初中专任教师{}")] = None
    high_teachers: Annotated[Fig, Count("普通高中专任教师", "人", say="有 普通高中专任教师{}")] = None
    vocational_teachers: Annotated[Fig, Count("中职专任教师", "人", say="有 中职专任教师{}")] = None
    special_teachers: Annotated[Fig, Count("特殊教育专任教师", "人", say="有 特殊教育专任教师{}")] = None
    preschool_ratio: Annotated[Fig, Ratio("幼儿园师幼比", help="专任教师与在园幼儿之比，如 1:13.5", say="幼儿园师幼比{}")] = None
    primary_ratio: Annotated[Fig, Ratio("小学生师比", help="在校生与专任教师之比，如 16.5:1", say="小学生师比{}")] = None
    junior_ratio: Annotated[Fig, Ratio("初中生师比", help="如 12.8:1", say="初中生师比{}")] = None
    high_ratio: Annotated[Fig, Ratio("普通高中生师比", help="如 11.9:1", say="普通高中生师比{}")] = None
    # 办学条件
    school_land_area: Annotated[Fig, Quantity("学校占地面积", "平方米", help="可写 120万平方米 或 1800亩", units=("平方米", "亩", "公顷"), say="学校占地面积{}")] = None
    school_floor_area: Annotated[Fig, Quantity("校舍建筑面积", "平方米", help="可写 85.6万平方米", say="校舍建筑面积{}")] = None
    # 区情（县情）
    land_area: Annotated[Fig, Quantity("辖区面积", "平方公里", say="总面积{}")] = None
    towns: Annotated[Fig, Count("乡镇", "个", say="辖 {}乡镇")] = None
    subdistricts: Annotated[Fig, Count("街道", "个", say="辖 {}街道")] = None
    villages: Annotated[Fig, Count("行政村", "个", say="辖 {}行政村")] = None
    communities: Annotated[Fig, Count("社区", "个", say="辖 {}社区")] = None
    registered_population: Annotated[Fig, Count("户籍人口", "人", help="可写 52.3万", say="户籍人口{}")] = None
    resident_population: Annotated[Fig, Count("常住人口", "人", help="可写 60.1万", say="常住人口{}")] = None

    relations: ClassVar[Relations] = (
        SumOf(
            "schools",
            ("kindergartens", "primary_schools", "junior_schools", "through_schools", "twelve_year_schools",
             "high_schools", "vocational_schools", "special_schools"),
            because="各级各类学校是各类学校的合计",
            overlapping=True,
        ),
        SumOf(
            "students",
            ("preschool_children", "primary_students", "junior_students", "high_students",
             "vocational_students", "special_students"),
            because="在校学生是各学段在校生（含在园幼儿）的合计",
        ),
        SumOf(
            "teachers",
            ("preschool_teachers", "primary_teachers", "junior_teachers", "high_teachers",
             "vocational_teachers", "special_teachers"),
            because="专任教师是各学段专任教师的合计",
        ),
        AtMost("teachers", "staff", because="专任教师是教职工的一部分"),
        AtMost("central_primary_schools", "primary_schools", because="中心小学是小学的一部分"),
        AtMost("private_schools", "schools", because="民办学校是各级各类学校的一部分"),
        AtMost("migrant_children", "students", because="随迁子女在校生是在校学生的一部分"),
        AtMost("minority_students", "students", because="少数民族学生是在校学生的一部分"),
        AtMost("boarders", "students", because="寄宿生是在校学生的一部分"),
        Quotient("preschool_ratio", "preschool_children", "preschool_teachers"),
        Quotient("primary_ratio", "primary_students", "primary_teachers"),
        Quotient("junior_ratio", "junior_students", "junior_teachers"),
        Quotient("high_ratio", "high_students", "high_teachers"),
    )

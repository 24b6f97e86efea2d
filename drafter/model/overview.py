"""基本情况: schools by type, students by stage, staff and full-time teachers."""

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict

from drafter.model.figure import Count, Fig
from drafter.model.section import Part


class Overview(Part):
    model_config = ConfigDict(title="基本情况")

    schools: Annotated[Fig, Count("各级各类学校", "所", help="全区（县）各级各类学校总数，含幼儿园")] = None
    kindergartens: Annotated[Fig, Count("幼儿园", "所")] = None
    primary_schools: Annotated[Fig, Count("小学", "所", help="含九年一贯制学校的小学部时请在“做法与成效”中说明")] = None
    junior_schools: Annotated[Fig, Count("初中", "所")] = None
    through_schools: Annotated[Fig, Count("九年一贯制学校", "所")] = None
    high_schools: Annotated[Fig, Count("普通高中", "所", help="含完全中学")] = None
    vocational_schools: Annotated[Fig, Count("中等职业学校", "所")] = None
    special_schools: Annotated[Fig, Count("特殊教育学校", "所")] = None
    students: Annotated[Fig, Count("在校学生", "人", help="各学段在校生（含在园幼儿）合计")] = None
    preschool_children: Annotated[Fig, Count("在园幼儿", "人")] = None
    primary_students: Annotated[Fig, Count("小学在校生", "人")] = None
    junior_students: Annotated[Fig, Count("初中在校生", "人")] = None
    high_students: Annotated[Fig, Count("普通高中在校生", "人")] = None
    vocational_students: Annotated[Fig, Count("中职在校生", "人")] = None
    special_students: Annotated[Fig, Count("特殊教育在校生", "人")] = None
    staff: Annotated[Fig, Count("教职工", "人")] = None
    teachers: Annotated[Fig, Count("专任教师", "人", help="专任教师是教职工的一部分")] = None

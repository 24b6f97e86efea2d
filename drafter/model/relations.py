"""Relations between figures, declared once on the model beside the figures they relate.

A part (or a list item such as a 建设项目) names its relations at the end of its class body, by
the attribute names of its figure fields::

    class Construction(Part):
        projects_total: Annotated[Fig, Count("实施学校建设项目", "个")] = None
        completed_projects: Annotated[Fig, Count("竣工投用的学校建设项目", "个")] = None
        ...
        relations: ClassVar[Relations] = (
            AtMost("completed_projects", "projects_total", because="竣工的项目是实施的项目的一部分"),
        )

A new relation is that one declaration: ``drafter check`` and ``drafter build`` (before writing)
apply every relation of every part to the report and name the figures, and the cells or fields
they came from, when the figures disagree. The check (:mod:`drafter.check`) knows how to apply
each kind of relation; which figures are related, and why, lives here on the model.

Figures are compared role by role: this year's value with this year's, 上年 with 上年, a target
with a target. An approximate figure (``280余``, ``近70``, ``6.2万``) is compared only where it
cannot be consistent whatever its exact value.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, TypeAlias, Union


@dataclass(frozen=True)
class AtMost:
    """``part`` is at most ``whole`` (公办园在园幼儿占比 ≤ 普惠性幼儿园覆盖率).

    ``because`` says why, in the clerk's words, and is quoted in the message. ``certain`` is
    False where the whole may be exceeded in fact (an investment overrunning its budget): the
    check then asks the clerk to confirm instead of refusing to build.
    """

    part: str
    whole: str
    because: str = ""
    certain: bool = True

    def names(self) -> tuple[str, ...]:
        return (self.part, self.whole)


@dataclass(frozen=True)
class SumOf:
    """``total`` is made of ``parts`` (专任教师 of the teachers of each stage).

    A part larger than the total is an error. When the parts add up to more than the total, or
    to less when every part is given, the clerk is asked to check. ``overlapping`` parts (school
    types a bureau may count twice, as a 完全中学 among 普通高中) are not expected to add up to
    the total; when parts do not overlap, a shortfall is pointed out even when some parts are
    missing, naming them: the missing ones should account for it.
    """

    total: str
    parts: tuple[str, ...]
    because: str = ""
    overlapping: bool = False

    def names(self) -> tuple[str, ...]:
        return (self.total, *self.parts)


@dataclass(frozen=True)
class Cumulative:
    """``figure`` is a running total (累计): this year's is not less than last year's."""

    figure: str
    because: str = ""

    def names(self) -> tuple[str, ...]:
        return (self.figure,)


@dataclass(frozen=True)
class Quotient:
    """``figure`` is ``numerator`` over ``denominator`` (小学生师比 = 小学在校生 : 小学专任教师).

    Checked where all three are given. A rate (%) is compared with the quotient times 100; a
    ratio is compared whichever way round it is written (``15.8:1`` or ``1:15.8``).
    """

    figure: str
    numerator: str
    denominator: str

    def names(self) -> tuple[str, ...]:
        return (self.figure, self.numerator, self.denominator)


Relation = Union[AtMost, SumOf, Cumulative, Quotient]

#: How a part or an item declares its relations: ``relations: ClassVar[Relations] = (AtMost(…), …)``.
Relations: TypeAlias = tuple[Relation, ...]


def relations_of(model: type) -> tuple[Relation, ...]:
    """The relations ``model`` declares (none when it declares none)."""
    return tuple(getattr(model, "relations", ()))


def named_fields(model: type) -> Iterator[str]:
    """Every field name the relations of ``model`` use (for the test that they all exist)."""
    for relation in relations_of(model):
        yield from relation.names()


#: Names of the parts of a breakdown (其中) that between them make the whole: a kindergarten is
#: either 公办 or 民办. A breakdown whose names are one of these sets, each used once (as the
#: start of a name: 公办园, 民办幼儿园), must add up to its total.
EXHAUSTIVE_SPLITS: tuple[tuple[str, ...], ...] = (
    ("公办", "民办"),
    ("城区", "农村"),
    ("城区", "乡村"),
    ("城镇", "农村"),
    ("城镇", "乡村"),
    ("男", "女"),
)

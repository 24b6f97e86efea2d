"""Stock phrases that depend on when a report is written.

The preamble names the Party congress and the plenary sessions held so far; which ones depends
on the date of writing (a 2022 plan written in January and a 2022 summary written in December
name different meetings), so the table is keyed by date. The data file can override any phrase
(``meta.phrases``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from drafter.model.meta import Meta
from drafter.model.place import place_of

#: (closing date, congress) for each national Party congress.
CONGRESSES = [
    (dt.date(2012, 11, 14), "十八"),
    (dt.date(2017, 10, 24), "十九"),
    (dt.date(2022, 10, 22), "二十"),
]

#: Closing dates of the plenary sessions after each congress's first (二中 onwards).
PLENUMS = {
    "十八": [dt.date(2013, 2, 28), dt.date(2013, 11, 12), dt.date(2014, 10, 23), dt.date(2015, 10, 29), dt.date(2016, 10, 27)],
    "十九": [dt.date(2018, 1, 19), dt.date(2018, 2, 28), dt.date(2019, 10, 31), dt.date(2020, 10, 29), dt.date(2021, 11, 11)],
    "二十": [dt.date(2023, 2, 28), dt.date(2024, 7, 18), dt.date(2025, 10, 23)],
}

_ORDINALS = "二三四五六七"

#: Municipalities directly under the central government: their districts are named with the city
#: (天津市东丽区); any other district is named by itself (青溪县), as its own reports name it.
MUNICIPALITIES = ("北京", "天津", "上海", "重庆")

#: Five-year plans by their first year.
PLAN_PERIODS = [(2011, "十二五"), (2016, "十三五"), (2021, "十四五"), (2026, "十五五"), (2031, "十六五")]


def congress_phrase(written: dt.date) -> str:
    """``党的二十大和二十届二中、三中全会`` for a report written on ``written``."""
    held = [(closing, name) for closing, name in CONGRESSES if closing <= written]
    if not held:
        return "党的十八大"
    _, name = held[-1]
    plenums = [d for d in PLENUMS.get(name, []) if d <= written]
    if not plenums:
        return f"党的{name}大"
    if len(plenums) >= 4:
        return f"党的{name}大和{name}届历次全会"
    sessions = "、".join(f"{_ORDINALS[i]}中" for i in range(len(plenums)))
    return f"党的{name}大和{name}届{sessions}全会"


def plan_period(year: int) -> str:
    """``十四五`` for 2021–2025."""
    current = PLAN_PERIODS[0][1]
    for first, name in PLAN_PERIODS:
        if year >= first:
            current = name
    return current


@dataclass(frozen=True)
class Phrases:
    congress: str
    plan_period: str
    #: 区 / 县 / 市 / 旗, from the district's name
    unit: str
    #: 全区 / 全县
    area: str
    #: 区级 / 县级
    level: str
    #: 我区 / 我县, how a report speaks of its own district
    ours: str
    #: 本区 / 本县
    this: str
    #: 区委区政府 / 县委县政府
    leadership: str
    #: 天津市静海区人民政府 / 青溪县人民政府, who signs a 自评报告
    government: str
    #: 天津市东丽区 / 青溪县: the district as its titles name it
    place: str
    #: Whether the district is one of a 直辖市 (its titles name the city: 天津市东丽区2024年教育工作总结)
    municipal: bool


def phrases_for(meta: Meta) -> Phrases:
    place = place_of(meta.district, meta.phrases.area)
    return Phrases(
        congress=meta.phrases.congress or congress_phrase(meta.date),
        plan_period=meta.phrases.plan_period or plan_period(meta.year),
        unit=place.unit,
        area=meta.phrases.area or place.area,
        level=place.level,
        ours=place.ours,
        this=place.this,
        leadership=place.leadership,
        government=meta.phrases.government or f"{place_name(meta)}人民政府",
        place=place_name(meta),
        municipal=is_municipal(meta.region),
    )


def is_municipal(region: str) -> bool:
    return region.strip().startswith(MUNICIPALITIES)


def place_name(meta: Meta) -> str:
    """``天津市东丽区`` for a district of a 直辖市, else the district alone (``青溪县``): no report
    puts its province in its own title or signature."""
    region = meta.region.strip()
    if is_municipal(region):
        city = next(name for name in MUNICIPALITIES if region.startswith(name))
        return f"{city}市{meta.district}" if not meta.district.startswith(city) else meta.district
    return meta.district

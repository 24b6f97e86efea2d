"""A county's full data, as four 科室 would fill it, generated from the model.

Every figure field is filled, in turn: up on last year and its target met, down and its target
missed, equal to last year, approximate, zero (a count), or alone — so each way a figure can be
said is said somewhere, and a field added to the model is filled the day it is added. Lists get
what real reports hold: honours whose titles carry their level, winners named, a fund entered
both as a figure and as an item, a project whose investment is completed in full, the clerk's own
figures in their order. A whole is larger than its parts (the relations the model declares), so
the county passes the check ``build`` makes before writing.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from drafter.model import Report
from drafter.model.figure import Spec
from drafter.model.relations import AtMost, SumOf, relations_of
from drafter.model.section import Part

META = {
    "region": "江西省抚州市",
    "district": "青溪县",
    "organ": "青溪县教育局",
    "year": 2025,
    "date": "2025-12-26",
}
#: Ways a figure is filled, taken in turn.
SHAPES = ("up", "down", "same", "approximate", "zero", "alone")


def county(kind: str = "summary") -> dict[str, Any]:
    data: dict[str, Any] = {"meta": {**META, "kind": kind}}
    counter = iter(range(10_000))
    for name, part_type in Report.top_part_types():
        data[name] = _part(part_type, counter)
    for name, section_type in Report.section_types():
        data[name] = {key: _part(part_type, counter) for key, part_type in section_type.part_types()}
    _lists(data)
    data["problems"] = ["城乡学校办学条件还有差距", "优质教育资源总量仍然不足"]
    data["next_steps"] = ["推进县域义务教育优质均衡发展", "加快建设高素质专业化教师队伍"]
    data["outlook"] = ["新的一年，全县教育系统将聚焦办好人民满意的教育，重点实施“强基提质”行动"]
    data["measures"] = [{"title": "补齐办学条件短板", "points": [{"title": "加快学校建设", "text": ["完成第二实验小学主体工程"]}]}]
    data["basis"] = "《关于开展2025年度县级人民政府履行教育职责评价的通知》"
    return data


def _part(part_type: type[Part], counter: Any) -> dict[str, Any]:
    data: dict[str, Any] = {}
    levels = _levels(part_type)
    for name, spec in part_type.figure_specs():
        data[name] = _figure(spec, next(counter), levels.get(name, 0))
    return data


def _levels(model: type) -> dict[str, int]:
    """How far up the model's relations each figure stands: a whole one above its parts."""
    below = [(r.part, r.whole) for r in relations_of(model) if isinstance(r, AtMost)]
    below += [(part, r.total) for r in relations_of(model) if isinstance(r, SumOf) for part in r.parts]
    levels: dict[str, int] = {}
    for _ in below:
        for part, whole in below:
            levels[whole] = max(levels.get(whole, 0), levels.get(part, 0) + 1)
    return levels


def _figure(spec: Spec, index: int, level: int = 0) -> Any:
    shape = SHAPES[index % len(SHAPES)]
    if spec.kind == "ratio":
        return {"value": "1:13.5", "previous": "1:14.2"} if shape in ("up", "down") else "1:13.5"
    base = _base(spec, index, level)
    if shape == "zero" and spec.kind == "count" and level == 0:
        return {"value": 0, "previous": 3} if spec.lower_is_better else 0
    if shape == "approximate" and spec.kind in ("count", "money"):
        return {"value": f"{base}余", "previous": f"{base - base // 5}余"}
    if shape == "approximate" and spec.kind == "rate":
        return f"{base}%以上"
    step = _step(spec)
    if shape == "up":
        return {"value": _typed(spec, base), "previous": _typed(spec, base - 3 * step), "target": _typed(spec, base - step)}
    if shape == "down":
        return {"value": _typed(spec, base - 3 * step), "previous": _typed(spec, base), "target": _typed(spec, base + 2 * step)}
    if shape == "same":
        return {"value": _typed(spec, base), "previous": _typed(spec, base)}
    return _typed(spec, base)


def _base(spec: Spec, index: int, level: int) -> Decimal:
    if spec.kind == "rate":
        return Decimal(40 + 20 * level + index % 5)
    if spec.kind == "quantity" and not spec.unit:
        return Decimal("0.3") + Decimal(index % 10) / 100
    return Decimal(120 + index * 7) * 40**level


def _step(spec: Spec) -> Decimal:
    """How far last year's value and the target lie from this year's."""
    if spec.kind == "rate":
        return Decimal("1.5")
    if spec.kind == "quantity" and not spec.unit:
        return Decimal("0.02")
    return Decimal(4)


def _typed(spec: Spec, value: Decimal) -> str:
    if spec.kind == "rate":
        return f"{value.quantize(Decimal('0.1'))}%"
    if spec.kind == "quantity" and not spec.unit:
        return str(value.quantize(Decimal("0.01")))
    if spec.kind == "count":
        return str(int(value))
    return str(value.quantize(Decimal("0.1")))


def _lists(data: dict[str, Any]) -> None:
    data["moral"]["pe"]["honours"] = [
        {"level": "国家级", "name": "全国青少年校园足球特色学校", "count": "2所", "total": "9所"},
        {"level": "省级", "name": "体育传统特色学校", "count": "3所"},
    ]
    data["moral"]["moral"]["honours"] = [{"level": "市级", "name": "全市文明校园", "total": "11所"}]
    data["party"]["organisation"]["honours"] = [
        {"level": "省级", "name": "全省教育系统先进基层党组织", "winners": ["青溪县第一中学党委"]},
        {"level": "县级", "name": "先进基层党组织", "count": "5个", "winners": ["实验小学党支部", "第二中学党支部"]},
    ]
    data["support"]["aid"]["nutrition_funds"] = "1960"
    data["support"]["aid"]["nutrition_students"] = 24500
    data["support"]["aid"]["programmes"] = [
        {"name": "落实农村义务教育学生营养改善计划", "amount": "1960", "beneficiaries": "24500人", "purpose": "为农村学生提供营养膳食补助"}
    ]
    data["support"]["construction"]["projects"] = [
        {"name": "城东小学", "action": "新建", "site_area": "42亩", "floor_area": "1.86万平方米", "investment": "11500", "invested": "11500", "places": 1620, "status": "已于9月投入使用"}
    ]
    data["support"]["funding"]["funds"] = [{"name": "争取中央和省级学前教育发展专项资金", "amount": "1200", "purpose": "新建和改扩建幼儿园"}]
    data["education"]["compulsory"]["custom"] = [
        {"subject": "农村中小学建设项目", "name": "实施", "value": 7, "unit": "个"},
        {"subject": "农村中小学建设项目", "name": "建成投用", "value": 3, "unit": "个"},
        {"name": "新增城乡教共体结对学校", "value": 6, "unit": "对"},
    ]
    data["moral"]["labour"]["highlights"] = ["结合传统节日开展主题劳动实践活动"]
    data["moral"]["labour"]["basis"] = "落实《大中小学劳动教育指导纲要》"

"""``drafter import``: a report read back into the data file it could have been written from.

The steps, each in its own module: read the file's lines (:mod:`reading`), lay them out
(:mod:`layout`), read the report's information (:mod:`report_info`), read the body's figures
(:mod:`reading_figures`, with :mod:`projects` first), write them and the honours as data
(:mod:`figures`, :mod:`items`), keep every other sentence (:mod:`kept_sentences`), note the
house's structure (:mod:`structure`), leave out what the templates write anyway (:mod:`stock`),
and check the result against the model, listing what it refuses (:mod:`validity`); each value's
way into the data goes to the account (:mod:`trace`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Callable

from drafter.compose.prose.stock import plan_period
from drafter.errors import DrafterError
from drafter.model import KINDS
from drafter.importer.changes import change_fits
from drafter.importer.figures import figure_of, parts_said_after
from drafter.importer.kept_sentences import keep_points, keep_sentences
from drafter.importer.items import read_items, write_projects_and_funds
from drafter.importer.layout import Layout, Paragraph, lay_out
from drafter.importer.lexicon import Loc, lexicon
from drafter.importer.mentions import other_numbers
from drafter.importer.placing import ValueAt
from drafter.importer.points import text_part_of
from drafter.importer.reading import read_report
from drafter.importer.reading_figures import BodyFigures, read_body
from drafter.importer.report_info import OPTIONS, ReportInfo, report_info
from drafter.importer.roles import CHANGE, PREVIOUS, TARGET, VALUE
from drafter.importer.sentences import Sentence
from drafter.importer.stock import without_stock
from drafter.importer.structure import house_style
from drafter.importer.trace import Trace, role_name, where
from drafter.importer.validity import checked
from drafter.model.place import unit_of

#: A report whose body has fewer characters than this is not a report.
SHORTEST_REPORT = 200
#: More numbers than a report has (the longest in the corpus has about 150): a table or a dump.
MOST_NUMBERS = 3000


@dataclass
class Imported:
    """The data file's content and the account of how each value got there."""

    data: dict[str, Any]
    trace: Trace


def import_report(path: Path, given: dict[str, Any] | None = None) -> Imported:
    """Read the report in ``path``; ``given`` are report information from the command line."""
    layout = lay_out(read_report(path))
    info = report_info(layout, given or {})
    _require_report(path, layout, info)
    meta = info.meta
    unit = unit_of(meta["district"])
    plan = meta["kind"] == "plan"
    period = plan_period(int(meta["year"]))
    words = lexicon(unit, period)
    work, texts = _split_body(layout.paragraphs, plan)
    body = read_body(work, words, unit, period, plan, limit=_too_many_numbers(path))
    trace = Trace()
    _trace_info(trace, info)
    data: dict[str, Any] = {"meta": dict(meta)}
    if info.formal:
        data["formal"] = dict(info.formal)
    taken = _write_figures(data, body, trace)
    taken |= _write_apart(data, body, trace)
    taken |= write_projects_and_funds(data, body, trace)
    uncertain = {_key(value.sentence, value.index) for value, _ in body.placement.uncertain}
    taken |= read_items(data, body, trace, taken | uncertain)
    _leave_unplaced(body, taken, trace)
    keep_sentences(data, body, work, taken)
    keep_points(data, texts)
    style = house_style(meta["kind"], work, body.sections)
    if info.formal.get("mark") or info.formal.get("number"):
        style = {"profile": "formal", **style}  # a 红头 and 发文字号: laid out as a formal document
    if style:
        data["style"] = style
        trace.structure = _structure_lines(style)
    data = without_stock(data)
    data = checked(data, trace)
    return Imported(data, trace)


def _structure_lines(style: dict[str, Any]) -> list[str]:
    lines = []
    if style.get("sections"):
        lines.append("各部分的顺序：" + "、".join(style["sections"]))
    for name, text in style.get("headings", {}).items():
        lines.append(f"“{name}”的标题：{text}")
    for level, example in style.get("numbering", {}).items():
        lines.append(f"第{level}级标题的编号：{example}")
    return lines


def _too_many_numbers(path: Path) -> Callable[[int], None]:
    def refuse(count: int) -> None:
        if count > MOST_NUMBERS:
            raise DrafterError.single(
                f"文件里有 {count} 个数字，一份报告不会超过 {MOST_NUMBERS} 个，不像是报告原文",
                path.name,
                "请确认选的是报告原文；报告后面附的统计表请删掉后再导入",
            )

    return refuse


# -- the report's information -----------------------------------------------------------------
def _require_report(path: Path, layout: Layout, info: ReportInfo) -> None:
    body = sum(len(p.full_text) for p in layout.paragraphs)
    if body < SHORTEST_REPORT or not (layout.title or any(p.heading for p in layout.paragraphs)):
        raise DrafterError.single(
            "看不出这是一份教育工作报告：没有找到报告标题和分级标题",
            path.name,
            "请确认选的是年度教育工作总结、工作要点或自评报告的原文",
        )
    if info.missing:
        named = "、".join(OPTIONS[key][1] for key in info.missing)
        flags = " ".join(f"{OPTIONS[key][0]} …" for key in info.missing)
        example = {"region": "--region 天津市", "district": "--district 东丽区", "year": "--year 2024", "kind": "--kind summary"}
        raise DrafterError.single(
            f"原文里找不到{named}",
            path.name,
            f"请在命令后面写上（{flags}），如 drafter import {path.name} -o 数据.json "
            + " ".join(example[key] for key in info.missing),
        )


_INFO_NAMES = {
    "region": "省（市）", "district": "区（县）", "organ": "发文机关", "year": "年度", "kind": "文种", "date": "成文日期",
    "title": "标题", "recipient": "主送机关", "number": "发文字号", "notice": "印发通知", "copy_to": "抄送机关",
    "printer": "印发机关",
}  # fmt: skip


def _trace_info(trace: Trace, info: ReportInfo) -> None:
    for key, name in _INFO_NAMES.items():
        value = info.meta.get(key, info.formal.get(key))
        if value in (None, ""):
            continue
        source = info.sources.get(key, "")
        if key in info.inferred:
            source = f"推断，请核对：{source}"
        shown = "、".join(value) if isinstance(value, list) else value
        shown = "、".join(value.get("recipients", [])) if isinstance(value, dict) else shown
        shown = KINDS.get(shown, shown) if key == "kind" else shown  # the kind by its Chinese name
        trace.info.append((name, str(shown), f"来自：{source}" if not source.startswith("推断") else source))


# -- the body ---------------------------------------------------------------------------------
def _split_body(paragraphs: list[Paragraph], plan: bool) -> tuple[list[Paragraph], dict[str, list[Paragraph]]]:
    """The paragraphs of the work (figures, 做法与成效) and those of each part in words."""
    work: list[Paragraph] = []
    texts: dict[str, list[Paragraph]] = {}
    top = min((p.level for p in paragraphs if p.standalone), default=0)
    current: str | None = None
    for paragraph in paragraphs:
        if paragraph.standalone and paragraph.level == top:
            current = None if plan else text_part_of(paragraph.heading)
            if current is not None:
                texts.setdefault(current, [])
                continue
        if current is None:
            work.append(paragraph)
        else:
            texts[current].append(paragraph)
    return work, texts


def _write_figures(data: dict[str, Any], body: BodyFigures, trace: Trace) -> set[tuple[int, int, int]]:
    """Each placed value as its field's figure; return the readings taken (sentence, index)."""
    taken: set[tuple[int, int, int]] = set()
    placement = body.placement
    claimed = _claimed(body)
    for loc, (value, fit) in placement.placed.items():
        apart = placement.targets.get(loc)
        figure = figure_of(value, fit.field, apart)
        for name, index in parts_said_after(value, fit.field, partial(_unclaimed, value.sentence, claimed)).items():
            text = value.sentence.readings[index].mention.text
            figure.data.setdefault("breakdown", {})[name] = text
            figure.roles[f"其中“{name}”"] = (text, "")
            taken.add(_key(value.sentence, index))
        _put(data, loc, figure.written())
        sentence = value.sentence
        for role, (text, note) in figure.roles.items():
            trace.take(loc, role, text, sentence.text, note, _key(sentence, value.index))
        taken |= _readings_of(sentence, value.index)
        if apart is not None:
            taken |= _readings_of(apart.sentence, apart.index)
    for value, _ in placement.repeated:
        taken |= _readings_of(value.sentence, value.index)
    return taken | _write_zeros(data, body, trace)


def _unclaimed(sentence: Sentence, claimed: set[tuple[int, int, int]], index: int) -> bool:
    return _key(sentence, index) not in claimed


def _write_zeros(data: dict[str, Any], body: BodyFigures, trace: Trace) -> set[tuple[int, int, int]]:
    """Each field said as its zero (全面消除56人以上大班额), with last year's value if bracketed."""
    taken: set[tuple[int, int, int]] = set()
    for zero in body.zeros:
        figure: dict[str, Any] = {"value": "0"}
        if zero.previous:
            figure["previous"] = zero.previous
        _put(data, zero.words.loc, figure if zero.previous else "0")
        position = _key(zero.sentence, 0)
        trace.take(zero.words.loc, "value", "0", zero.sentence.text, f"“{zero.words.spec.zero}”即为0", position)
        if zero.previous:
            trace.take(zero.words.loc, "previous", zero.previous, zero.sentence.text, "", position)
        sentence = zero.sentence
        a, b = zero.span
        taken |= {_key(sentence, i) for i, r in enumerate(sentence.readings) if a <= r.mention.start < b}
    return taken


def _write_apart(data: dict[str, Any], body: BodyFigures, trace: Trace) -> set[tuple[int, int, int]]:
    """Last year's values and targets said after a figure's label join its value; return the
    readings taken (all of the label's clauses but a number listed as unsure)."""
    taken: set[tuple[int, int, int]] = set()
    for apart in body.apart:
        loc = apart.words.loc
        sentence = apart.sentence
        figure = _get(data, loc)
        figure = dict(figure) if isinstance(figure, dict) else {} if figure is None else {"value": figure}
        said: dict[str, tuple[str, str]] = {}
        for role, index in apart.roles.items():
            said[role] = (sentence.readings[index].mention.text, "在这一项的名称后另写")
        value = figure.get("value")
        if apart.same_as_last_year and value is not None:
            said[PREVIOUS] = (value, "“与上年持平”：上年数值与本年相同")
        if apart.target_met and value is not None:
            said[TARGET] = (value, "“完成年度目标”：目标与本年数值相同")
        said = {role: text for role, text in said.items() if role not in figure}
        if not said:
            continue
        for role, (text, note) in said.items():
            figure[role] = text
            trace.take(loc, role, text, sentence.text, note, _key(sentence, apart.roles.get(role, 0)))
        _put(data, loc, figure)
        taken |= {_key(sentence, i) for i in apart.readings() if i != apart.unsure}
    return taken


def _get(data: dict[str, Any], loc: Loc) -> Any:
    node: Any = data
    for step in loc:
        node = node.get(step) if isinstance(node, dict) else None
    return node


def _claimed(body: BodyFigures) -> set[tuple[int, int, int]]:
    """Every reading a field, a repeat, an uncertain field or an item has a claim on."""
    placement = body.placement
    values = [v for v, _ in placement.placed.values()] + [v for v, _ in placement.repeated]
    values += [v for v, _ in placement.uncertain] + list(placement.targets.values())
    claimed = {_key(v.sentence, v.index) for v in values}
    return claimed | {key for item in body.items for key in item.readings}


def _key(sentence: Sentence, index: int) -> tuple[int, int, int]:
    return (sentence.paragraph, sentence.number, index)


def _readings_of(sentence: Sentence, index: int) -> set[tuple[int, int, int]]:
    """A value's reading and all that belongs to it (last year's value, target, parts, changes)."""
    owned = {i for i, r in enumerate(sentence.readings) if r.owner == index}
    return {_key(sentence, i) for i in {index, *owned}}


def _put(data: dict[str, Any], loc: Loc, value: Any) -> None:
    target = data
    for step in loc[:-1]:
        target = target.setdefault(step, {})
    target[loc[-1]] = value


def _leave_unplaced(body: BodyFigures, taken: set[tuple[int, int, int]], trace: Trace) -> None:
    uncertain = {value: fits for value, fits in body.placement.uncertain}
    goals = {_key(a.sentence, a.unsure): a.words for a in body.apart if a.unsure is not None}
    for sentence in body.sentences:
        for index, reading in enumerate(sentence.readings):
            if reading.role == CHANGE and not change_fits(sentence.readings, index):
                whose = "找不到它是哪一项的" if reading.owner is None else "但和本年、上年的数对不上"
                trace.leave(reading.mention.text, sentence.text, f"像是与上年相比的变化，{whose}，没有写入；请核对")
                continue
            if _key(sentence, index) in taken or reading.role == CHANGE or reading.owner is not None:
                continue  # taken, computed by the writer, or belonging to a value listed itself
            fits = uncertain.get(ValueAt(sentence, index))
            goal = goals.get(_key(sentence, index))
            if goal is not None:
                reason = (
                    f"像是{where(goal.loc)}的年度目标（还没有本年数值时这样写），也可能是本年数值，"
                    "不能确定，没有写入；请核对后填写"
                )
            elif fits and len(fits) == 1:
                reason = f"像{where(fits[0].field.loc)}，但另有一个不同的数也像这一项，不能确定是哪一个，没有写入；请核对后填写"
            elif fits:
                options = "、".join(where(f.field.loc) for f in fits[:3])
                reason = f"可能是{options}，不能确定，没有写入；请核对后填到对应的数据项"
            elif reading.role == VALUE:
                reason = "没有对应的数据项，原句保留在“做法与成效”里；需要时可写成“其他数据”（custom）"
            else:
                reason = f"{role_name(reading.role)}，找不到它属于哪一项"
            trace.leave(reading.mention.text, sentence.text, reason)
        for number in other_numbers(sentence.text, [r.mention for r in sentence.readings]):
            trace.leave(number, sentence.text, f"“{number[-1]}”不是数据项用的单位，原句保留在“做法与成效”里")

"""Compose a report: render its kind's section templates and read them into an outline."""

from __future__ import annotations

from pathlib import Path

from drafter.compose.sandbox import markup
from drafter.compose.sandbox.environment import Sandbox, make_environment
from drafter.compose.coverage import unwritten, without_bases_alone
from drafter.compose.formal import colophon_for, letterhead_for
from drafter.compose.sandbox.house_style import in_house_style, ordered_parts, part_order
from drafter.compose.sandbox.limits import memory_backstop
from drafter.compose.notice import notice_for
from drafter.compose.sandbox.ledger import PREVIOUS, TARGET, VALUE
from drafter.compose.prose.numbers import NumberWriter
from drafter.compose.prose.stock import Phrases, phrases_for
from drafter.compose.sandbox.render import render, render_string
from drafter.compose.prose.said_once import said_by_items
from drafter.compose.sandbox.template_set import TemplateSet, load_template_set
from drafter.compose.sandbox.view import ReportView, view_of
from drafter.errors import DrafterError, warn
from drafter.model import KINDS, Report
from drafter.outline import Outline


def template_view(report: Report, phrases: Phrases | None = None) -> ReportView:
    """What a template can read: a plain view of every top-level field, plus derived phrases."""
    view = view_of(report)
    view.add("phrases", phrases or phrases_for(report.meta))
    view.add("kind_name", KINDS[report.meta.kind])
    return view


def _recipient(report: Report, template_set: TemplateSet, env: Sandbox) -> str:
    """The data file's 主送机关, else the template set's default (a 自评报告 goes to the 督导室)."""
    return report.meta.recipient or _one_line(env, template_set, "recipient")


def compose(report: Report, templates: Path | None = None) -> Outline:
    """Turn a validated report into an outline, using the built-in or the given template sets."""
    entered, report = report, without_bases_alone(report)
    template_set = in_house_style(load_template_set(report.meta.kind, templates), report.style)
    numbers = NumberWriter(grouping=report.style.thousands_separator)
    env = make_environment(template_set.directory, numbers)
    phrases = phrases_for(report.meta)
    env.start_document(
        template_view(report, phrases), plan=report.meta.kind == "plan", unit=phrases.unit, plan_period=phrases.plan_period
    )
    for _, part in report.all_parts():  # a figure a list item says too is said by the item
        for figure in said_by_items(part, numbers):
            env.ledger.record(figure, VALUE, PREVIOUS, TARGET)
    with memory_backstop():
        recipient = _recipient(report, template_set, env)
        env.document.add("recipient", recipient)
        parts = part_order(report.style)
        text = "\n\n".join(ordered_parts(render(env, name), parts) for name in template_set.parts())
        title = report.meta.title or _one_line(env, template_set, "title")
        signature = _one_line(env, template_set, "signature")
    if markup.FILLED not in text:  # stock phrases alone are not a report
        raise DrafterError.single("没有可写的内容", "数据文件", "请至少填写一项数据或一句“做法与成效”")
    blocks = markup.parse(text, template_set.numbering, report.style.headings)
    notice = notice_for(report.formal.notice, signature, title) if report.formal.notice else None
    formal = report.style.profile == "formal"
    outline = Outline(
        title=title,
        blocks=blocks,
        # issued with a notice, the report is addressed by the notice's 主送机关 alone
        recipient="" if notice else recipient,
        signature=signature,
        date=report.meta.date,
        date_text=numbers.date(report.meta.date),
        author=report.meta.organ,
        subject=template_set.name,
        letterhead=letterhead_for(report) if formal else None,
        colophon=colophon_for(report, numbers) if formal else None,
        notice=notice,
    )
    for problem in unwritten(entered, outline, numbers):
        warn(problem)
    return outline


def _one_line(env: Sandbox, template_set: TemplateSet, key: str) -> str:
    source = getattr(template_set, key)
    return markup.strip_marks(render_string(env, source, template_set.where(key))).strip()


def document_title(report: Report, templates: Path | None = None) -> str:
    """The title the report will have: the data file's own, else the one its kind's template set
    makes (for a form to show before the document is built)."""
    if report.meta.title:
        return report.meta.title
    template_set = load_template_set(report.meta.kind, templates)
    env = make_environment(template_set.directory, NumberWriter())
    phrases = phrases_for(report.meta)
    env.start_document(template_view(report, phrases), plan=report.meta.kind == "plan", unit=phrases.unit)
    return _one_line(env, template_set, "title")

"""What a report *is*: meta, sections and figures with Chinese names, units and ranges."""

from drafter.model.amount import Amount, parse_amount
from drafter.model.figure import Count, Fig, Figure, Money, Quantity, Rate, Ratio, Spec
from drafter.model.formal import Formal, check_document_number
from drafter.model.kinds import KIND_INFO, KindInfo, kind_info
from drafter.model.meta import KINDS, Meta
from drafter.model.points import Measure, Point
from drafter.model.report import Report, Style
from drafter.model.section import CustomFigure, Part, Section

__all__ = [
    "Amount",
    "Count",
    "CustomFigure",
    "Fig",
    "Figure",
    "Formal",
    "KINDS",
    "KIND_INFO",
    "KindInfo",
    "kind_info",
    "Measure",
    "Meta",
    "Money",
    "Part",
    "Point",
    "Quantity",
    "Rate",
    "Ratio",
    "Report",
    "Section",
    "Spec",
    "Style",
    "parse_amount",
    "check_document_number",
]

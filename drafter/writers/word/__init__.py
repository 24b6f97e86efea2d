"""Outline → .docx laid out per GB/T 9704-2012, with named styles a clerk can keep editing."""

from drafter.writers.word.layout import STANDARD, Layout, layout_for
from drafter.writers.word.writer import write_docx

__all__ = ["Layout", "STANDARD", "layout_for", "write_docx"]

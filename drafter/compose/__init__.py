"""Compose: report → templates → outline."""

from drafter.compose.compose import compose

__all__ = ["compose"]

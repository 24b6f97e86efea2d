"""How data gets into the model: JSON files, last year's plan (and, elsewhere, the questionnaire)."""

from drafter.inputs.json_file import load_report, read_json, validate_report
from drafter.inputs.plan import apply_targets, load_plan
from drafter.inputs.sources import load_sources

__all__ = ["apply_targets", "load_plan", "load_report", "load_sources", "read_json", "validate_report"]

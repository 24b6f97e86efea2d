"""How data gets into the model: JSON files (and, elsewhere, the questionnaire)."""

from drafter.inputs.json_file import load_report, read_json, validate_report

__all__ = ["load_report", "read_json", "validate_report"]

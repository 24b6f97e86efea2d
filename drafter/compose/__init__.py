"""Compose: report → templates → outline (:func:`drafter.compose.compose.compose`).

Nothing is imported here, so that a command which needs only the number writer or the phrases
(``drafter ask``) does not load jinja2 and the templates.
"""

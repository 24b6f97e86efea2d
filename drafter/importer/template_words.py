"""The words a built-in template writes before a figure's value itself, instead of the figure's
phrase: ``{{ s.loan_students|say }}，总金额{{ s.loan_amount|fig }}`` says the loan's amount as
``总金额211万余元``. The importer reads such a value by the template's words as it reads other
values by their phrases; nothing here is a list of its own — the templates are read.
"""

from __future__ import annotations

import re
from functools import lru_cache

import jinja2
from jinja2 import nodes

from drafter.compose.sandbox.template_set import load_template_set
from drafter.model.meta import KINDS

Loc = tuple[str, ...]

#: The filters that write a figure's value alone, leaving the words before it to the template.
_VALUE_FILTERS = frozenset({"fig", "opt", "num", "pct", "money", "approx"})
#: Where the words a value is said with start: after the last clause mark before it.
_CLAUSE_MARK = re.compile(r"[，。；：,;:\n]")
#: The fewest characters of words that say which figure a value is.
SHORTEST = 2


@lru_cache(maxsize=1)
def template_words() -> dict[Loc, tuple[str, ...]]:
    """Per figure field, the words the built-in templates of every kind write right before its value."""
    found: dict[Loc, list[str]] = {}
    for kind in KINDS:
        directory = load_template_set(kind).directory
        for path in sorted(directory.glob("*.j2")):
            tree = jinja2.Environment().parse(path.read_text(encoding="utf-8"))
            for loc, words in _words_before_values(tree, {}):
                if words not in found.setdefault(loc, []):
                    found[loc].append(words)
    return {loc: tuple(words) for loc, words in found.items()}


def _words_before_values(node: nodes.Node, names: dict[str, Loc]) -> list[tuple[Loc, str]]:
    """Each value written by a value filter right after the template's own words, in ``node``;
    ``names`` are the variables set to a part so far (``{% set s = support.aid %}``)."""
    found: list[tuple[Loc, str]] = []
    for child in node.iter_child_nodes():
        if isinstance(child, nodes.Assign) and isinstance(child.target, nodes.Name):
            path = _path(child.node, names)
            if path:
                names[child.target.name] = path
        elif isinstance(child, nodes.Output):
            for before, value in zip(child.nodes, child.nodes[1:]):
                if isinstance(before, nodes.TemplateData) and isinstance(value, nodes.Filter) and value.name in _VALUE_FILTERS:
                    loc = _path(value.node, names)
                    words = _CLAUSE_MARK.split(before.data)[-1].strip()
                    if loc and len(words) >= SHORTEST:
                        found.append((loc, words))
        found += _words_before_values(child, names)
    return found


def _path(node: nodes.Node | None, names: dict[str, Loc]) -> Loc:
    """``support.aid`` or ``s.loan_amount`` (with ``s`` set to a part) as a path; ``()`` for
    anything else."""
    if isinstance(node, nodes.Getattr):
        base = _path(node.node, names)
        return (*base, node.attr) if base else ()
    if isinstance(node, nodes.Name):
        return names.get(node.name, (node.name,))
    return ()

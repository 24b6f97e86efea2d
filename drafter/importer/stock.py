"""Leave out of the imported sentences what the templates write anyway.

A report built by drafter (or one that borrows its words) says its figures inside stock clauses
— ``依托理论学习中心组学习、专题培训班和分层次宣讲等形式，开展理论学习宣讲280余场次`` — and
opens with a stock paragraph. Kept as the clerk's sentences, those words would be written twice
the next time. The imported figures are composed once, without the sentences; any clause of a
sentence that the composed document already says is dropped, and so is a title the template
would give the report anyway. Nothing is lost: the template says it again.
"""

from __future__ import annotations

import copy
import re
import warnings
from typing import Any

from pydantic import ValidationError

from drafter.errors import DrafterError
from drafter.importer.words import word_pairs

_CLAUSES = re.compile(r"[^，；。,;]+")
#: Clauses shorter than this are common words, not the template's.
SHORTEST = 6


def without_stock(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` without the sentences (or parts of them) and title the templates write anyway."""
    bare = _without_sentences(data)
    composed = _composed(bare)
    if composed is None:
        return data
    text, title = composed
    result = copy.deepcopy(data)
    if result["meta"].get("title", "").replace("\n", "") == title.replace("\n", ""):
        del result["meta"]["title"]
    for holder, key in _sentence_lists(result):
        unsaid = _unsaid_opening if key == "opening" else _unsaid
        kept = [s for s in (unsaid(sentence, text) for sentence in holder[key]) if s]
        if kept:
            holder[key] = kept
        else:
            del holder[key]
    return result


def _composed(data: dict[str, Any]) -> tuple[str, str] | None:
    from drafter.compose.compose import compose
    from drafter.model import Report

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            report = Report.model_validate(data)
            outline = compose(report)
    except (ValidationError, DrafterError, ValueError):
        return None
    blocks = [getattr(block, "full_text", "") for block in outline.blocks]
    return "\n".join(blocks), outline.title


#: What the templates are composed with: the report's information, its look and its figures —
#: none of the clerk's own words, which are not the templates' to drop.
_KEPT_FOR_STOCK = ("meta", "style", "formal")


def _without_sentences(data: dict[str, Any]) -> dict[str, Any]:
    bare = {key: copy.deepcopy(data[key]) for key in _KEPT_FOR_STOCK if key in data}
    bare.get("meta", {}).pop("title", None)
    for path, part in _parts(data):
        figures = {name: value for name, value in part.items() if name in _figure_names(path)}
        if figures:
            target = bare
            for step in path:
                target = target.setdefault(step, {})
            target.update(figures)
    return bare


def _parts(data: dict[str, Any]) -> list[tuple[tuple[str, ...], dict[str, Any]]]:
    from drafter.importer.lexicon import part_models

    found = []
    for path, _ in part_models():
        node: Any = data
        for step in path:
            node = node.get(step) if isinstance(node, dict) else None
        if isinstance(node, dict):
            found.append((path, node))
    return found


def _figure_names(path: tuple[str, ...]) -> set[str]:
    from drafter.importer.lexicon import part_models

    return {name for name, _ in dict(part_models())[path].figure_specs()}


def _sentence_lists(data: dict[str, Any]) -> list[tuple[dict[str, Any], str]]:
    """Every list of the clerk's sentences: the opening and each part's 做法与成效."""
    found: list[tuple[dict[str, Any], str]] = []
    if isinstance(data.get("opening"), list):
        found.append((data, "opening"))

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "highlights" and isinstance(value, list):
                    found.append((node, key))
                elif key != "meta":
                    walk(value)

    walk(data)
    return found


def _unsaid(sentence: str, text: str) -> str:
    """The sentence without the clauses ``text`` says; empty when it says them all."""
    if sentence in text:
        return ""
    pieces = re.split(r"([，；,;])", sentence)
    kept: list[str] = []
    for piece in pieces[::2]:
        if len(piece) >= SHORTEST and piece in text:
            continue
        kept.append(piece)
    if len(kept) == len(pieces[::2]):
        return sentence
    return "，".join(p for p in kept if p.strip()).strip("，")


#: A clause of the opening whose word pairs the stock opening mostly has says what it says.
MOSTLY = 0.6


def _unsaid_opening(sentence: str, text: str) -> str:
    """The opening sentence without the clauses the stock opening says in its own words
    (坚持用……思想为指导 against 以……思想为指导), and without a year left alone at its start."""
    sentence = _unsaid(sentence, text)
    said = word_pairs(text)
    kept = []
    for piece in re.split(r"[，,]", sentence):
        pairs = word_pairs(piece)
        if pairs and len(pairs & said) >= MOSTLY * len(pairs) and len(piece) >= SHORTEST:
            continue
        kept.append(piece)
    while kept and re.fullmatch(r"\s*\d{4}年\s*", kept[0]):
        kept.pop(0)
    return "，".join(p for p in kept if p.strip())

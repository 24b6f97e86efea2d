"""Which part of the model each sentence and paragraph of the report is about, and which section
each heading.

A sentence is about the part whose figures its numbers clearly are, or whose phrases it shares
most words with; a paragraph about the part its heading shares words with (学前教育普及普惠 →
学前教育) and most of its sentences are about; a heading about the section most of its
paragraphs are in, when most are. The parts found are the prior the placing of values counts
in, the place of the paragraph's other sentences (做法与成效), and the house's section order
and headings.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from drafter.importer.layout import Paragraph
from drafter.importer.lexicon import FieldWords, Loc, part_models
from drafter.importer.placing import ENOUGH, ValueAt
from drafter.importer.scoring import Fit
from drafter.importer.words import rarity, word_pairs
from drafter.importer.sentences import Sentence
from drafter.model.place import localise

#: A clear fit of a value votes for its field's part with this much of its score.
VOTE = 1.0
#: Words a heading shares with a part's title count this much each.
TITLE_WORD = 3.0
#: Words a sentence shares with a part's phrases count this much each.
TEXT_WORD = 0.3
#: The weight of a typical shared word pair (rare pairs weigh more, common ones less).
TYPICAL = 3.0
#: A sentence takes its own part only when it is this sure of it; else its paragraph's.
SURE = 4.0
#: A heading's section holds at least this share of its paragraphs' scores.
MOST = 0.6


#: A score per part.
Scores = defaultdict[Loc, float]


@dataclass(frozen=True)
class Sections:
    """The part of each sentence (by paragraph and number) and paragraph, and the section of each
    paragraph's heading group."""

    sentences: dict[tuple[int, int], Loc | None]
    paragraphs: dict[int, Loc | None]
    sections: dict[int, str | None]


@lru_cache(maxsize=8)
def _profiles(unit: str, lexicon: tuple[FieldWords, ...]) -> dict[Loc, tuple[frozenset[str], frozenset[str]]]:
    """Per part: the character pairs of its title, and of its title and phrases."""
    by_part: dict[Loc, list[str]] = defaultdict(list)
    for words in lexicon:
        by_part[words.part].append(words.words)
    profiles = {}
    for loc, model in part_models():
        title = localise(model.title(), unit)
        text = "|".join([title, *by_part.get(loc, [])])
        profiles[loc] = (word_pairs(title), word_pairs(text))
    return profiles


def find_sections(
    paragraphs: list[Paragraph],
    sentences: list[Sentence],
    values: list[ValueAt],
    fits: dict[ValueAt, list[Fit]],
    lexicon: tuple[FieldWords, ...],
    unit: str,
) -> Sections:
    profiles = _profiles(unit, lexicon)
    sentence_scores = {(s.paragraph, s.number): _sentence_scores(s, profiles) for s in sentences}
    for value in values:
        ranked = fits.get(value, [])
        if ranked and ranked[0].exact and ranked[0].score >= ENOUGH and (len(ranked) == 1 or ranked[0].score > ranked[1].score + 1):
            key = (value.sentence.paragraph, value.sentence.number)
            sentence_scores[key][ranked[0].field.part] += VOTE * ranked[0].score
    paragraph_scores: dict[int, Scores] = {p.index: _heading_scores(p, profiles) for p in paragraphs}
    for (index, _), scores in sentence_scores.items():
        for loc, score in scores.items():
            paragraph_scores[index][loc] += score
    sections: dict[int, str | None] = {}
    paragraph_parts: dict[int, Loc | None] = {}
    for group in _groups(paragraphs):
        section = _section_of(group, paragraph_scores)
        for paragraph in group:
            sections[paragraph.index] = section
            paragraph_parts[paragraph.index] = _best(paragraph_scores[paragraph.index], section, 1.0)
    sentence_parts = {}
    for key, scores in sentence_scores.items():
        own = _best(scores, sections.get(key[0]), SURE)
        sentence_parts[key] = own or paragraph_parts.get(key[0])
    return Sections(sentence_parts, paragraph_parts, sections)


#: A part outside the heading's section is taken when it is this many times as sure.
OUTSIDE = 2.0


def _best(scores: Scores, section: str | None, least: float) -> Loc | None:
    """The best part, inside the heading's section unless one outside it is far surer."""
    ranked = _ranked(scores)
    inside = [(loc, s) for loc, s in ranked if section is None or loc[0] == section]
    if ranked and (not inside or ranked[0][1] >= OUTSIDE * inside[0][1]):
        inside = ranked
    return inside[0][0] if inside and inside[0][1] >= least else None


def _sentence_scores(sentence: Sentence, profiles: dict[Loc, tuple[frozenset[str], frozenset[str]]]) -> Scores:
    """How well a sentence's words fit each part's phrases."""
    return _scores(word_pairs(sentence.text), {loc: phrases for loc, (_, phrases) in profiles.items()}, TEXT_WORD)


def _heading_scores(paragraph: Paragraph, profiles: dict[Loc, tuple[frozenset[str], frozenset[str]]]) -> Scores:
    """How well a heading's words fit each part's title."""
    return _scores(word_pairs(paragraph.heading), {loc: title for loc, (title, _) in profiles.items()}, TITLE_WORD)


def _scores(words: frozenset[str] | set[str], profiles: dict[Loc, frozenset[str]], weight: float) -> Scores:
    scores: Scores = defaultdict(float)
    for loc, known in profiles.items():
        shared = rarity(words & known)
        if shared:
            scores[loc] += weight * shared / TYPICAL
    return scores


def _groups(paragraphs: list[Paragraph]) -> list[list[Paragraph]]:
    """The paragraphs under each heading of the section level: the deepest level of headings on
    their own lines above run-in paragraphs (一、 in a summary, （一） in a 自评报告)."""
    if not any(p.standalone for p in paragraphs):
        return [paragraphs]
    top = _section_level(paragraphs)
    groups: list[list[Paragraph]] = [[]]
    for paragraph in paragraphs:
        if paragraph.standalone and paragraph.level <= top and groups[-1]:
            groups.append([])
        groups[-1].append(paragraph)
    return [g for g in groups if g]


def _section_level(paragraphs: list[Paragraph]) -> int:
    standalone = sorted({p.level for p in paragraphs if p.standalone})
    run_in = [p.level for p in paragraphs if p.heading and not p.standalone]
    above = [level for level in standalone if not run_in or level < min(run_in)]
    return above[-1] if above else 1


def _section_of(group: list[Paragraph], scores: dict[int, Scores]) -> str | None:
    """The section most of the group's paragraphs are about, when most are."""
    total: dict[str, float] = defaultdict(float)
    for paragraph in group:
        best = _ranked(scores[paragraph.index])[:1]
        if best:
            total[best[0][0][0]] += best[0][1]
    if not total:
        return None
    section, score = max(total.items(), key=lambda item: item[1])
    return section if score >= MOST * sum(total.values()) else None


def _ranked(scores: Scores) -> list[tuple[Loc, float]]:
    """The parts best first (in the order they were scored among equals)."""
    return sorted(scores.items(), key=lambda item: item[1], reverse=True)

"""The figures of a report's body: its sentences read, each value placed at the field it fits
(:mod:`drafter.importer.placing`), with the paragraph's part as the prior
(:mod:`drafter.importer.parts`), a zero said in words (全面消除56人以上大班额) read as the
field's zero, and a figure's last year's value and target said after its label, apart from its
value (:mod:`drafter.importer.apart`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from drafter.importer.apart import Apart, read_apart
from drafter.importer.honours import sure_honours
from drafter.importer.layout import Paragraph
from drafter.importer.lexicon import FieldWords, Loc
from drafter.importer.parts import Sections, find_sections
from drafter.importer.placing import ENOUGH, Placement, ValueAt, fits_of, place
from drafter.importer.projects import ItemRead, read_projects_and_funds
from drafter.importer.roles import TARGET, VALUE
from drafter.importer.scoring import Fit
from drafter.importer.sentences import Sentence, read_sentence, split_sentences


@dataclass
class Zero:
    """A field said as its zero (全面消除56人以上大班额), with last year's value if bracketed."""

    words: FieldWords
    sentence: Sentence
    previous: str = ""
    #: Where the bracket with last year's value stands in the sentence.
    span: tuple[int, int] = (0, 0)


@dataclass
class BodyFigures:
    sentences: list[Sentence]
    sections: Sections
    placement: Placement
    fits: dict[ValueAt, list[Fit]]
    zeros: list[Zero] = field(default_factory=list)
    #: Building projects and funds, read before the figures.
    items: list[ItemRead] = field(default_factory=list)
    #: Last year's values and targets said after a figure's label, apart from its value.
    apart: list[Apart] = field(default_factory=list)


def read_body(
    paragraphs: list[Paragraph],
    lexicon: tuple[FieldWords, ...],
    unit: str,
    period: str,
    plan: bool,
    limit: Callable[[int], None] = lambda count: None,
) -> BodyFigures:
    """The body's figures; ``limit`` is told how many numbers there are before they are placed."""
    sentences = _sentences(paragraphs, lexicon, plan)
    limit(sum(len(s.readings) for s in sentences))
    items = read_projects_and_funds(sentences, unit, period)
    apart = read_apart(sentences, lexicon)
    reserved = {key for item in items for key in item.readings}
    reserved |= {(a.sentence.paragraph, a.sentence.number, i) for a in apart for i in a.readings()}
    values = [
        ValueAt(s, i)
        for s in sentences
        for i, r in enumerate(s.readings)
        if i in s.contexts and r.role in (VALUE, TARGET) and (s.paragraph, s.number, i) not in reserved
    ]
    first = {value: fits_of(value, lexicon) for value in values}
    values = _without_honours(values, first, sure_honours(sentences))
    sections = find_sections(paragraphs, sentences, values, first, lexicon, unit)
    fits = {value: fits_of(value, lexicon, _part(sections, value.sentence)) for value in values}
    placement = place(values, fits, plan)
    zeros = _zeros(sentences, lexicon, placement)
    return BodyFigures(sentences, sections, placement, fits, zeros, items, apart)


def _without_honours(values: list[ValueAt], fits: dict[ValueAt, list[Fit]], honours: set[tuple[int, int, int]]) -> list[ValueAt]:
    """The values but the counts of honours said as only honours are (with their winners, with
    their running total): those are read as honours once the figures are placed — unless a
    figure's phrase says the very same words (华侨城实验学校等3所|学校被命名为全国校园足球特色学校)."""
    kept = []
    for value in values:
        key = (value.sentence.paragraph, value.sentence.number, value.index)
        if key in honours and not any(fit.exact and fit.score >= ENOUGH for fit in fits[value]):
            continue
        kept.append(value)
    return kept


def _part(sections: Sections, sentence: Sentence) -> Loc | None:
    return sections.sentences.get((sentence.paragraph, sentence.number)) or sections.paragraphs.get(sentence.paragraph)


def _sentences(paragraphs: list[Paragraph], lexicon: tuple[FieldWords, ...], plan: bool) -> list[Sentence]:
    numbered = _words_with_numbers(lexicon)
    found = []
    for paragraph in paragraphs:
        if paragraph.standalone:
            continue
        earlier = paragraph.heading
        for number, text in enumerate(split_sentences(paragraph.text)):
            protected = [m.span() for words in numbered for m in re.finditer(re.escape(words), text)]
            found.append(read_sentence(paragraph.index, number, text, earlier, plan, protected))
            earlier = text  # a name is referred to by its last words only right after it was said
    return found


def _words_with_numbers(lexicon: tuple[FieldWords, ...]) -> list[str]:
    """Phrase words that hold a number of their own (56人以上大班额, 5年360学时): not amounts."""
    words = set()
    for item in lexicon:
        for text in (item.head, item.phrase.tail, item.spec.zero):
            if text and re.search(r"\d", text):
                words.add(text)
    return sorted(words, key=len, reverse=True)


def _zeros(sentences: list[Sentence], lexicon: tuple[FieldWords, ...], placement: Placement) -> list[Zero]:
    zeros = []
    for words in lexicon:
        zero = words.spec.zero
        if not zero or words.loc in placement.placed:
            continue
        for sentence in sentences:
            at = sentence.text.find(zero)
            if at < 0:
                continue
            end = at + len(zero)
            bracket = re.match(r"（(?:上年|去年)(?:为)?([^）]+)）", sentence.text[end:])
            span = (end, end + bracket.end()) if bracket else (at, end)
            zeros.append(Zero(words, sentence, bracket[1] if bracket else "", span))
            break
    return zeros
